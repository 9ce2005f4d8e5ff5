using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads a Word document (Office Open XML): one paragraph per Word paragraph, list numbering written out as text
/// (<c>1.</c>, <c>a.</c>), headings and bold runs marked, table rows read cell by cell, line breaks kept, footnote
/// references numbered in order of appearance and glued to the word before them, footnotes at the end.
/// </summary>
/// <remarks>
/// The package is read as what ECMA-376 makes it: a ZIP whose <c>_rels/.rels</c> names the main part, whose main part's
/// relationships name the footnotes and numbering parts, and whose <c>[Content_Types].xml</c> says the main part is a
/// WordprocessingML document. Those three parts and a dozen element names are all this reader needs, so it goes by
/// <see cref="ZipArchive"/> and <see cref="XDocument"/> rather than a typed object model of all of WordprocessingML.
/// </remarks>
internal sealed class WordDocumentReader : IDocumentReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    // Word nests a few dozen elements deep (tables in tables, text boxes in drawings); far deeper input is hostile.
    private const int MaximumDepth = 256;

    // Relationship types, transitional and strict, by their last segment.
    private const string OfficeDocument = "officeDocument";
    private const string Footnotes = "footnotes";
    private const string Numbering = "numbering";

    private static readonly XName AlternateContent = XName.Get("AlternateContent", "http://schemas.openxmlformats.org/markup-compatibility/2006");

    private static readonly string[] s_relationshipPrefixes =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    ];

    private static readonly string[] s_mainContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <summary>The shared instance.</summary>
    public static WordDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        // "A package is a ZIP file" (ECMA-376 part 2, annex C): a local file header begins with PK\x03\x04.
        if (!data.Span.StartsWith("PK\u0003\u0004"u8))
        {
            throw new KamerstukInputException("not a Word document: it is not a ZIP archive");
        }

        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var package = new Package(zip, new DecodeBudget(options.MaxDecodedBytes));
            var mainName = package.Target("/", OfficeDocument) ?? throw new KamerstukInputException("the Word document has no main part");
            var contentType = package.ContentType(mainName);
            if (!s_mainContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
            {
                throw new KamerstukInputException($"not a Word document: its main part is {(contentType.Length == 0 ? "of no known type" : contentType)}");
            }

            var main = package.Load(mainName) ?? throw new KamerstukInputException("the Word document has no main part");
            var w = main.Root!.Name.Namespace;
            var body = main.Root.Element(w + "body") ?? throw new KamerstukInputException("the Word document has no body");
            var footnotes = package.Target(mainName, Footnotes) is { } footnotesName ? package.Load(footnotesName)?.Root : null;
            var numbering = package.Target(mainName, Numbering) is { } numberingName ? package.Load(numberingName)?.Root : null;
            var state = new State(new Names(w), numbering, cancellationToken);
            foreach (var element in body.Elements())
            {
                state.Block(element);
            }

            state.WriteFootnotes(footnotes);
            return new SourceDocument("docx", state.Lines, null, SourceMetadata.Empty, []);
        }
        catch (Exception exception) when (exception is not KamerstukInputException and not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged package shows in many ways: a bad ZIP, bad XML, a value that does not add up.
            var reason = exception switch
            {
                InvalidDataException => "the ZIP archive is damaged",
                XmlException xml => string.Create(CultureInfo.InvariantCulture, $"a part is not well-formed XML (line {xml.LineNumber})"),
                _ => "the package is damaged",
            };
            throw new KamerstukInputException($"not a readable Word document: {reason}", exception);
        }
    }

    /// <summary>The parts of an Open Packaging Conventions ZIP, found by relationship.</summary>
    private sealed class Package(ZipArchive zip, DecodeBudget budget)
    {
        private Dictionary<string, string>? _overrides;
        private Dictionary<string, string>? _defaults;

        /// <summary>The part name (<c>/word/document.xml</c>) the part <paramref name="source"/> relates to by type.</summary>
        public string? Target(string source, string type)
        {
            var folder = source[..(source.LastIndexOf('/') + 1)];
            var relationships = Load(folder + "_rels/" + source[folder.Length..] + ".rels")?.Root;
            XNamespace r = RelationshipsNamespace;
            var target = relationships?.Elements(r + "Relationship")
                .FirstOrDefault(e => s_relationshipPrefixes.Any(p => (string?)e.Attribute("Type") == p + type)
                    && !string.Equals((string?)e.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                ?.Attribute("Target")?.Value;
            return target is null ? null : Resolve(folder, target);
        }

        /// <summary>The content type [Content_Types].xml gives the part, or empty.</summary>
        public string ContentType(string partName)
        {
            if (_overrides is null)
            {
                XNamespace c = ContentTypesNamespace;
                var types = Load("/[Content_Types].xml")?.Root;
                _overrides = Map(types?.Elements(c + "Override"), "PartName");
                _defaults = Map(types?.Elements(c + "Default"), "Extension");
            }

            var extension = partName[(partName.LastIndexOf('/') + 1)..];
            extension = extension.Contains('.', StringComparison.Ordinal) ? extension[(extension.LastIndexOf('.') + 1)..] : string.Empty;
            return _overrides.TryGetValue(partName, out var type) || _defaults!.TryGetValue(extension, out type) ? type : string.Empty;
        }

        /// <summary>The part as XML, or null when the package has no such part.</summary>
        public XDocument? Load(string partName)
        {
            var entry = zip.GetEntry(partName.TrimStart('/'))
                ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, partName.TrimStart('/'), StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return null;
            }

            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };
            var what = $"the Word document's {entry.FullName}";

            // 1. Depth and size, streaming, before the tree is built: building a tree costs time in proportion to depth
            // for every element added, so a part nested 100,000 deep would take minutes to load; and a small ZIP may
            // inflate to gigabytes, which the budget stops while they stream by.
            using (var reader = XmlReader.Create(budget.Counting(entry.Open(), what), settings))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaximumDepth)
                    {
                        throw new KamerstukInputException($"{what} is nested more than {MaximumDepth} elements deep");
                    }
                }
            }

            // 2. The tree, from the part inflated again rather than from a copy of its bytes.
            using (var reader = XmlReader.Create(entry.Open(), settings))
            {
                return XDocument.Load(reader, LoadOptions.None);
            }
        }

        private static Dictionary<string, string> Map(IEnumerable<XElement>? elements, string key)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in elements ?? [])
            {
                if ((string?)element.Attribute(key) is { } name && (string?)element.Attribute("ContentType") is { } type)
                {
                    map.TryAdd(name, type);
                }
            }

            return map;
        }

        private static string Resolve(string folder, string target)
        {
            var path = target.StartsWith('/') ? target : folder + target;
            var segments = new List<string>();
            foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
            {
                if (segment == "..")
                {
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }
                }
                else if (segment.Length > 0 && segment != ".")
                {
                    segments.Add(segment);
                }
            }

            return "/" + string.Join('/', segments);
        }
    }

    /// <summary>The WordprocessingML element and attribute names, in the namespace the document uses.</summary>
    private sealed class Names(XNamespace w)
    {
        public XName P { get; } = w + "p";
        public XName R { get; } = w + "r";
        public XName T { get; } = w + "t";
        public XName Tbl { get; } = w + "tbl";
        public XName Tr { get; } = w + "tr";
        public XName Tc { get; } = w + "tc";
        public XName Sdt { get; } = w + "sdt";
        public XName SdtContent { get; } = w + "sdtContent";
        public XName Tab { get; } = w + "tab";
        public XName Tabs { get; } = w + "tabs";
        public XName Br { get; } = w + "br";
        public XName Cr { get; } = w + "cr";
        public XName FootnoteReference { get; } = w + "footnoteReference";
        public XName Footnote { get; } = w + "footnote";
        public XName PPr { get; } = w + "pPr";
        public XName PStyle { get; } = w + "pStyle";
        public XName NumPr { get; } = w + "numPr";
        public XName NumId { get; } = w + "numId";
        public XName Ilvl { get; } = w + "ilvl";
        public XName RPr { get; } = w + "rPr";
        public XName B { get; } = w + "b";
        public XName I { get; } = w + "i";
        public XName Num { get; } = w + "num";
        public XName AbstractNum { get; } = w + "abstractNum";
        public XName AbstractNumIdElement { get; } = w + "abstractNumId";
        public XName Lvl { get; } = w + "lvl";
        public XName NumFmt { get; } = w + "numFmt";
        public XName Start { get; } = w + "start";
        public XName LvlText { get; } = w + "lvlText";
        public XName Val { get; } = w + "val";
        public XName Id { get; } = w + "id";
        public XName NumIdAttribute { get; } = w + "numId";
        public XName AbstractNumIdAttribute { get; } = w + "abstractNumId";
        public XName IlvlAttribute { get; } = w + "ilvl";
    }

    private sealed class State(Names n, XElement? numbering, CancellationToken cancellationToken)
    {
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];
        private readonly Dictionary<long, string> _footnoteNumbers = [];

        public List<SourceLine> Lines { get; } = [];

        public void Block(XElement element)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element.Name == n.P)
            {
                Paragraph(element);
            }
            else if (element.Name == n.Tbl)
            {
                // A row is a paragraph whose lines are its cells' paragraphs: a data row reads across, a letterhead
                // cell ("Aan de Voorzitter …" / "Postbus 20018") keeps its lines.
                foreach (var row in element.Elements(n.Tr))
                {
                    var cells = row.Elements(n.Tc)
                        .SelectMany(c => c.Elements(n.P).Select(Text))
                        .Where(c => c.Trim().Length > 0);
                    Emit(string.Join('\n', cells), bold: false, italic: false);
                }
            }
            else if (element.Name == n.Sdt)
            {
                foreach (var child in element.Element(n.SdtContent)?.Elements() ?? [])
                {
                    Block(child);
                }
            }
        }

        private void Paragraph(XElement paragraph)
        {
            var text = Text(paragraph);
            if (text.Trim().Length == 0)
            {
                return;
            }

            var label = NumberLabel(paragraph);
            var style = Value(paragraph.Element(n.PPr)?.Element(n.PStyle)) ?? string.Empty;
            var heading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Kop", StringComparison.OrdinalIgnoreCase);
            var runs = Shown(paragraph).Where(e => e.Name == n.R).Where(r => InnerText(r).Trim().Length > 0).ToList();
            var bold = heading || (runs.Count > 0 && runs.All(r => IsOn(r.Element(n.RPr)?.Element(n.B))));
            var italic = runs.Count > 0 && runs.All(r => IsOn(r.Element(n.RPr)?.Element(n.I)));
            Emit(label is null ? text : label + " " + text, bold, italic);
        }

        private void Emit(string text, bool bold, bool italic, bool note = false)
        {
            var lines = text.Split('\n').Select(LineNormalizer.Normalize).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                return;
            }

            if (Lines.Count > 0 && !Lines[^1].IsBlank)
            {
                Lines.Add(new SourceLine(string.Empty, null));
            }

            // Word paragraphs are exact: a forced line break inside one keeps its lines together.
            Lines.AddRange(lines.Select((l, i) => new SourceLine(l, null, Fill: i < lines.Count - 1 ? 1 : 0.5, Bold: bold, Italic: italic, Note: note)));
        }

        // The text Word shows: run text, a tab as a space, a line break, footnote references as their numbers.
        private string Text(XElement paragraph)
        {
            var builder = new StringBuilder();
            foreach (var element in Shown(paragraph))
            {
                var name = element.Name;
                if (name == n.T)
                {
                    if (element.Parent?.Name == n.R)
                    {
                        builder.Append(element.Value);
                    }
                }
                else if (name == n.Tab)
                {
                    // w:tab in a run is a tab character; under w:tabs it is a tab stop.
                    if (element.Parent?.Name != n.Tabs)
                    {
                        builder.Append(' ');
                    }
                }
                else if (name == n.Br || name == n.Cr)
                {
                    builder.Append('\n');
                }
                else if (name == n.FootnoteReference && long.TryParse(Value(element, n.Id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                {
                    while (builder.Length > 0 && builder[^1] == ' ')
                    {
                        builder.Length--;
                    }

                    builder.Append(FootnoteNumber(id));
                }
            }

            return builder.ToString();
        }

        // All text a run holds, field codes and drawings included: the text of every element without child elements.
        private static string InnerText(XElement run)
        {
            var builder = new StringBuilder();
            foreach (var element in Shown(run))
            {
                if (!element.HasElements)
                {
                    builder.Append(element.Value);
                }
            }

            return builder.ToString();
        }

        // The descendants of an element in document order, leaving out markup-compatibility alternatives
        // (mc:AlternateContent): a text box drawn there comes twice, as the choice and as its fallback.
        private static IEnumerable<XElement> Shown(XElement root)
        {
            var stack = new Stack<XElement>();
            for (var child = root.LastNode; child is not null; child = child.PreviousNode)
            {
                if (child is XElement element)
                {
                    stack.Push(element);
                }
            }

            while (stack.Count > 0)
            {
                var element = stack.Pop();
                if (element.Name == AlternateContent)
                {
                    continue;
                }

                yield return element;
                for (var child = element.LastNode; child is not null; child = child.PreviousNode)
                {
                    if (child is XElement inner)
                    {
                        stack.Push(inner);
                    }
                }
            }
        }

        // An on/off property (w:b, w:i): on when present, unless its value says off.
        private bool IsOn(XElement? property) =>
            property is not null && Value(property) is not ("false" or "0" or "off");

        private string FootnoteNumber(long id)
        {
            if (!_footnoteNumbers.TryGetValue(id, out var number))
            {
                number = (_footnoteNumbers.Count + 1).ToString(CultureInfo.InvariantCulture);
                _footnoteNumbers[id] = number;
            }

            return number;
        }

        public void WriteFootnotes(XElement? footnotes)
        {
            if (footnotes is null)
            {
                return;
            }

            // The first footnote with each id, found once: looking each reference up among all notes is quadratic.
            var byId = new Dictionary<long, XElement>();
            foreach (var footnote in footnotes.Elements(n.Footnote))
            {
                if (long.TryParse(Value(footnote, n.Id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var found))
                {
                    byId.TryAdd(found, footnote);
                }
            }

            foreach (var (id, number) in _footnoteNumbers.OrderBy(p => int.Parse(p.Value, CultureInfo.InvariantCulture)))
            {
                if (!byId.TryGetValue(id, out var footnote))
                {
                    continue;
                }

                var text = string.Join(' ', footnote.Elements(n.P).Select(Text)).Replace('\n', ' ').Trim();
                Emit(number + " " + text, bold: false, italic: false, note: true);
            }
        }

        // The label Word draws for a numbered paragraph: "1.", "a)", "•".
        private string? NumberLabel(XElement paragraph)
        {
            var properties = paragraph.Element(n.PPr)?.Element(n.NumPr);
            var numId = Number(properties?.Element(n.NumId));
            if (numId is null or 0)
            {
                return null;
            }

            var level = Number(properties!.Element(n.Ilvl)) ?? 0;
            var instance = numbering?.Elements(n.Num).FirstOrDefault(e => Number(e, n.NumIdAttribute) == numId);
            var abstractId = Number(instance?.Element(n.AbstractNumIdElement));
            var definition = numbering?.Elements(n.AbstractNum).FirstOrDefault(a => Number(a, n.AbstractNumIdAttribute) == abstractId)
                ?.Elements(n.Lvl).FirstOrDefault(l => Number(l, n.IlvlAttribute) == level);
            var format = Value(definition?.Element(n.NumFmt));
            if (format is null or "bullet" or "none")
            {
                return format == "none" ? null : "•";
            }

            var key = (numId.Value, level);
            var start = Number(definition?.Element(n.Start)) ?? 1;
            var count = _counters.TryGetValue(key, out var value) ? value + 1 : start;
            _counters[key] = count;
            foreach (var deeper in _counters.Keys.Where(k => k.NumId == numId.Value && k.Level > level).ToList())
            {
                _counters.Remove(deeper);
            }

            var rendered = format switch
            {
                "lowerLetter" => ((char)('a' + (count - 1) % 26)).ToString(),
                "upperLetter" => ((char)('A' + (count - 1) % 26)).ToString(),
                "lowerRoman" => RomanNumerals.Format(count).ToLowerInvariant(),
                "upperRoman" => RomanNumerals.Format(count),
                _ => count.ToString(CultureInfo.InvariantCulture),
            };
            var template = Value(definition?.Element(n.LvlText)) ?? "%1.";
            return template.Replace("%" + (level + 1).ToString(CultureInfo.InvariantCulture), rendered, StringComparison.Ordinal);
        }

        private string? Value(XElement? element) => Value(element, n.Val);

        private static string? Value(XElement? element, XName attribute) => element?.Attribute(attribute)?.Value;

        private int? Number(XElement? element) => Number(element, n.Val);

        private static int? Number(XElement? element, XName attribute) =>
            int.TryParse(Value(element, attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
