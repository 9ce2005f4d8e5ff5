using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads the official publication XML (<c>officiele-publicatie</c> with <c>kamerstuk</c>, <c>kamervragen</c> or
/// <c>handelingen</c>) into the same lines a printed page gives: the head (<c>kamerstukkop</c>, dossier, <c>Nr. 1366</c>
/// with the stuk's title, <c>datumtekst</c>), one paragraph per <c>al</c>, <c>Vraag 1</c> / <c>Antwoord 1</c> blocks,
/// signatures, and the notes (<c>noot</c>) as footnotes whose numbers stay glued where they were referred to. The
/// publication id in the metadata record is kept as identity evidence. No DTD or external entity is ever read.
/// </summary>
internal sealed partial class XmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "al", "tussenkop", "kop", "tekstregel", "li", "row", "kamervraagomschrijving", "kamervraagopmerking", "kamervraagnummer",
        "functie", "naam", "plaats", "dagtekening", "slotformulering", "datumtekst", "dossiernummer", "item-titel", "onderwerp",
        "spreker", "motie-info", "label", "wat", "artikelkop", "p", "titel",
    };

    // Official publications nest a few dozen levels; far deeper input is hostile, and the walk below recurses.
    private const int MaximumDepth = 256;

    /// <summary>The shared instance.</summary>
    public static XmlDocumentReader Instance { get; } = new();

    // Depth is checked while streaming, before the tree is built: building a tree costs time in proportion to
    // depth for every element added (each is checked against its ancestors), so a 100,000-deep file would take
    // minutes to load before it could be refused.
    private static void CheckDepth(string xml, XmlReaderSettings settings)
    {
        using var stringReader = new StringReader(xml);
        using var reader = XmlReader.Create(stringReader, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaximumDepth)
            {
                throw new KamerstukInputException($"the XML is nested more than {MaximumDepth} elements deep");
            }
        }
    }

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        XDocument document;
        var diagnostics = new List<Diagnostic>();
        try
        {
            // Decode ourselves: published files may carry a doubly encoded byte order mark before the declaration.
            var text = TextDecoder.RepairDoubleEncoding(TextDecoder.Decode(data.Span, out _), out var repaired);
            if (repaired)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.DoubleEncoded, DiagnosticSeverity.Info, "The XML was UTF-8 read as Windows-1252 and saved again; it was repaired.", null));
            }

            var start = text.IndexOf('<', StringComparison.Ordinal);
            var xml = start > 0 ? text[start..] : text;
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = options.MaxBytes * 2,
            };
            CheckDepth(xml, settings);
            using var stringReader = new StringReader(xml);
            using var reader = XmlReader.Create(stringReader, settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            // The message ends with the place ("… Line 1, position 7."), given first here; the reason is kept whole.
            var reason = PositionRegex().Replace(exception.Message.ReplaceLineEndings(" "), string.Empty).Trim();
            throw new KamerstukInputException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture, $"not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition}: {reason})"));
        }

        var root = document.Root ?? throw new KamerstukInputException("the XML has no root element");

        var writer = new Writer(cancellationToken);
        var running = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meta in root.Descendants().Where(e => e.Name.LocalName == "meta"))
        {
            var record = (string?)meta.Attribute("content") ?? string.Empty;
            var id = record.Split('/').FirstOrDefault(p => p.StartsWith("kst-", StringComparison.Ordinal) || p.StartsWith("ah-", StringComparison.Ordinal) || p.StartsWith("h-", StringComparison.Ordinal));
            if (id is not null && seen.Add(id))
            {
                running.Add(id);
            }
        }

        var content = root.Elements().FirstOrDefault(e => e.Name.LocalName is "kamerstuk" or "kamervragen" or "handelingen" or "niet-dossier-stuk") ?? root;
        switch (content.Name.LocalName)
        {
            case "kamerstuk":
                WriteKamerstuk(content, writer);
                break;
            default:
                writer.Walk(content);
                break;
        }

        writer.WriteNotes();
        var fields = new List<KeyValuePair<string, string>>();
        if (content.Name.LocalName is "handelingen" or "kamervragen")
        {
            fields.Add(new("publication", content.Name.LocalName == "handelingen" ? Publications.Handelingen : Publications.Aanhangsel));
        }

        return new SourceDocument("xml", writer.Lines, null, new SourceMetadata(running, fields), diagnostics);
    }

    private static void WriteKamerstuk(XElement kamerstuk, Writer writer)
    {
        foreach (var element in kamerstuk.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "kamerstukkop":
                    foreach (var line in element.Elements().Where(e => e.Name.LocalName == "tekstregel" && (string?)e.Attribute("inhoud") != "kamernummer"))
                    {
                        writer.Paragraph(Writer.InlineText(line, writer));
                    }

                    break;
                case "dossier":
                    // "<dossiernr>21 501</dossiernr>-<raadnr>02</raadnr>", "<dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIII</…>".
                    var numberElement = element.Elements().FirstOrDefault(e => e.Name.LocalName == "dossiernummer") ?? element;
                    var number = string.Concat(numberElement.Nodes().Select(n => n switch
                    {
                        XElement { Name.LocalName: "begrotingshoofdstuk" } chapter => " " + chapter.Value.Trim(),
                        XElement other => other.Value.Trim(),
                        XText text => text.Value.Trim(),
                        _ => string.Empty,
                    })).Trim();
                    var title = element.Elements().FirstOrDefault(e => e.Name.LocalName == "titel");
                    writer.Paragraph(title is null ? number : number + " " + Writer.InlineText(title, writer));
                    break;
                case "stuk":
                    WriteStuk(element, writer);
                    break;
                default:
                    writer.Walk(element);
                    break;
            }
        }
    }

    private static void WriteStuk(XElement stuk, Writer writer)
    {
        var stuknr = stuk.Elements().FirstOrDefault(e => e.Name.LocalName == "stuknr");
        var title = stuk.Elements().FirstOrDefault(e => e.Name.LocalName == "titel");
        if (stuknr is not null || title is not null)
        {
            var head = string.Join(' ', new[] { stuknr, title }.Where(e => e is not null).Select(e => Writer.InlineText(e!, writer)));
            writer.Paragraph(head);
        }

        foreach (var element in stuk.Elements().Where(e => e.Name.LocalName is not "stuknr" and not "titel"))
        {
            writer.Walk(element);
        }
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionRegex();

    private sealed class Writer(CancellationToken cancellationToken)
    {
        private readonly List<(string Number, string Text)> _notes = [];

        public List<SourceLine> Lines { get; } = [];

        public void Paragraph(string text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = LineNormalizer.Normalize(text);
            if (line.Length == 0)
            {
                return;
            }

            if (Lines.Count > 0 && !Lines[^1].IsBlank)
            {
                Lines.Add(new SourceLine(string.Empty, null));
            }

            Lines.Add(new SourceLine(line, null, Fill: 0.5));
        }

        public void Walk(XElement element)
        {
            var name = element.Name.LocalName;
            if (name is "noot" or "metadata" or "meta")
            {
                return;
            }

            // Vraag 1 / Antwoord 1: the label and its first paragraph read as one block, as on paper.
            if (name is "vraag" or "antwoord")
            {
                var label = element.Elements().FirstOrDefault(e => e.Name.LocalName == "nr");
                var first = true;
                foreach (var child in element.Elements().Where(e => e.Name.LocalName != "nr"))
                {
                    if (first && label is not null && child.Name.LocalName == "al")
                    {
                        Paragraph(InlineText(label, this) + "\n" + InlineText(child, this));
                        first = false;
                        continue;
                    }

                    Walk(child);
                }

                return;
            }

            if (name == "al-groep")
            {
                var lines = element.Elements().Select(e => LineNormalizer.Normalize(InlineText(e, this))).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0 && Lines.Count > 0 && !Lines[^1].IsBlank)
                {
                    Lines.Add(new SourceLine(string.Empty, null));
                }

                Lines.AddRange(lines.Select(l => new SourceLine(l, null, Fill: 0.3)));
                return;
            }

            if (name == "row")
            {
                Paragraph(string.Join(' ', element.Elements().Select(e => InlineText(e, this))));
                return;
            }

            if (s_blocks.Contains(name) && !element.Elements().Any(e => s_blocks.Contains(e.Name.LocalName) || e.Name.LocalName is "lijst" or "table" or "vraag" or "antwoord"))
            {
                Paragraph(InlineText(element, this));
                return;
            }

            if (!element.HasElements)
            {
                Paragraph(element.Value);
                return;
            }

            foreach (var child in element.Elements())
            {
                Walk(child);
            }
        }

        public void WriteNotes()
        {
            if (_notes.Count == 0)
            {
                return;
            }

            foreach (var (number, text) in _notes)
            {
                Lines.Add(new SourceLine(string.Empty, null));
                Lines.Add(new SourceLine(LineNormalizer.Normalize(number + " " + text), null, Fill: 1, Note: true));
            }
        }

        // Inline text: notes become their number glued to the preceding word (as a printed marker), their text kept aside.
        public static string InlineText(XElement element, Writer writer)
        {
            var builder = new StringBuilder();
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XText text:
                        builder.Append(text.Value);
                        break;
                    case XElement { Name.LocalName: "noot" } note:
                        var number = note.Elements().FirstOrDefault(e => e.Name.LocalName == "noot.nr")?.Value.Trim() ?? (writer._notes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        var body = string.Join(' ', note.Elements().Where(e => e.Name.LocalName != "noot.nr").Select(e => InlineText(e, writer)));
                        while (builder.Length > 0 && char.IsWhiteSpace(builder[^1]))
                        {
                            builder.Length--;
                        }

                        builder.Append(number);
                        writer._notes.Add((number, body));
                        break;
                    case XElement { Name.LocalName: "nootref" }:
                        break;
                    case XElement child:
                        var inner = InlineText(child, writer);
                        if (s_blocks.Contains(child.Name.LocalName) && builder.Length > 0)
                        {
                            builder.Append(' ');
                        }

                        builder.Append(inner);
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
