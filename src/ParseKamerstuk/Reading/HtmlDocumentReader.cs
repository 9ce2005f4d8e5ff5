using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads HTML with AngleSharp. Official pages (zoek.officielebekendmakingen.nl) carry <c>OVERHEIDop.*</c> / <c>DC.*</c>
/// meta tags, kept as identity evidence, and their text in <c>div.stuk</c> / <c>#broodtekst</c>; other pages are read
/// from <c>main</c>, <c>article</c> or the body. Every block (paragraph, heading, list item, table row with its cells
/// apart) becomes a paragraph; footnotes (<c>div.voet.noot</c> with <c>span.nootnum</c>) go to the end with their
/// numbers glued where they are referred to. The walk is iterative, so deeply nested markup cannot exhaust the stack.
/// </summary>
internal sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "dt", "dd", "blockquote", "pre", "caption", "figcaption",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "template", "svg", "button", "form", "iframe",
    };

    private const int MaximumDepth = 1000;

    /// <summary>The shared instance.</summary>
    public static HtmlDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextDecoder.Decode(data.Span, out _);
        if (HtmlNesting.Depth(text, MaximumDepth) > MaximumDepth)
        {
            // The HTML tree builder's work grows with the square of the nesting; no real page comes near this.
            // The depth is the one the tree builder reaches, not a count of tags: stray end tags close nothing.
            throw new KamerstukInputException($"the HTML is nested more than {MaximumDepth} elements deep");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(text);

        // 1. Meta tags: identity evidence.
        var fields = new List<KeyValuePair<string, string>>();
        var running = new List<string>();
        foreach (var meta in document.QuerySelectorAll("meta[name]"))
        {
            var name = meta.GetAttribute("name") ?? string.Empty;
            var content = meta.GetAttribute("content")?.Trim() ?? string.Empty;
            if (content.Length == 0 || !(name.StartsWith("OVERHEIDop.", StringComparison.Ordinal) || name.StartsWith("DC.", StringComparison.Ordinal) || name.StartsWith("DCTERMS.", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, content));
            if (name == "DC.identifier" && (content.StartsWith("kst-", StringComparison.Ordinal) || content.StartsWith("ah-", StringComparison.Ordinal) || content.StartsWith("h-", StringComparison.Ordinal)))
            {
                running.Add(content);
            }
        }

        // 2. The text: the official container where there is one.
        var root = document.QuerySelector("div.stuk") ?? document.QuerySelector("#broodtekst") ?? document.QuerySelector("main")
            ?? document.QuerySelector("article") ?? document.Body ?? document.DocumentElement;
        var lines = new List<SourceLine>();
        var notes = new List<(string Number, string Text)>();
        foreach (var note in root.QuerySelectorAll("div.voet.noot, div.noot, aside.noot").ToList())
        {
            var number = note.QuerySelector(".nootnum")?.TextContent.Trim().TrimEnd('.', ')') ?? (notes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            note.QuerySelector(".nootnum")?.Remove();
            notes.Add((number, note.TextContent));
            note.Remove();
        }

        Walk(root, lines, cancellationToken);
        foreach (var (number, note) in notes)
        {
            lines.Add(new SourceLine(string.Empty, null));
            lines.Add(new SourceLine(LineNormalizer.Normalize(number + " " + note), null, Fill: 1, Note: true));
        }

        return new SourceDocument("html", lines, null, new SourceMetadata(running, fields), []);
    }

    private static void Walk(IElement root, List<SourceLine> lines, CancellationToken cancellationToken)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var element = stack.Pop();
            if (s_skipped.Contains(element.LocalName))
            {
                continue;
            }

            // The child elements, taken once: AngleSharp's Children collection finds its n-th element by counting
            // from the first, so indexing it in a loop is quadratic on a flat page of many paragraphs.
            var children = ChildElements(element);
            if (s_blocks.Contains(element.LocalName) && !children.Any(c => s_blocks.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table" or "div"))
            {
                Emit(element, lines);
                continue;
            }

            if (children.Count == 0 || IsInlineOnly(element, children))
            {
                Emit(element, lines);
                continue;
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static List<IElement> ChildElements(IElement element)
    {
        var children = new List<IElement>();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                children.Add(child);
            }
        }

        return children;
    }

    private static bool IsInlineOnly(IElement element, List<IElement> children) =>
        element.LocalName is "div" or "span" or "section" && children.TrueForAll(c => c.LocalName is "a" or "b" or "i" or "em" or "strong" or "span" or "sup" or "sub" or "br" or "abbr");

    private static void Emit(IElement element, List<SourceLine> lines)
    {
        var text = new StringBuilder();
        if (element.LocalName == "tr")
        {
            // Cells apart: "2016-2017" and "34700" must not glue into "2016-201734700".
            text.AppendJoin(' ', element.Children.Select(c => c.TextContent.Trim()).Where(c => c.Length > 0));
        }
        else
        {
            AppendInline(element, text);
        }

        var parts = text.ToString().Split('\n').Select(LineNormalizer.Normalize).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        if (lines.Count > 0 && !lines[^1].IsBlank)
        {
            lines.Add(new SourceLine(string.Empty, null));
        }

        var bold = element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        lines.AddRange(parts.Select((p, i) => new SourceLine(p, null, Fill: i < parts.Count - 1 ? 1 : 0.5, Bold: bold)));
    }

    private static void AppendInline(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement e when e.LocalName == "sup" || e.ClassList.Contains("nootref"):
                    while (text.Length > 0 && text[^1] == ' ')
                    {
                        text.Length--;
                    }

                    text.Append(e.TextContent.Trim());
                    break;
                case IElement e when s_skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    AppendInline(e, text);
                    break;
            }
        }
    }
}
