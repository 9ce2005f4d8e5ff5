using System.Globalization;
using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Reads a Word document (Office Open XML) with the Open XML SDK: one paragraph per Word paragraph, list numbering
/// written out as text (<c>1.</c>, <c>a.</c>), headings and bold runs marked, table rows read cell by cell, line breaks
/// kept, footnote references numbered in order of appearance and glued to the word before them, footnotes at the end.
/// </summary>
public sealed class WordDocumentReader : IDocumentReader
{
    /// <summary>The shared instance.</summary>
    public static WordDocumentReader Instance { get; } = new();

    /// <inheritdoc/>
    public SourceDocument Read(ReadOnlyMemory<byte> data, ParseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxBytes * 4 });
            var main = document.MainDocumentPart ?? throw new KamerstukInputException("the Word document has no main part");
            var body = main.Document?.Body ?? throw new KamerstukInputException("the Word document has no body");
            var state = new State(main, cancellationToken);
            foreach (var element in body.ChildElements)
            {
                state.Block(element);
            }

            state.WriteFootnotes();
            return new SourceDocument("docx", state.Lines, null, SourceMetadata.Empty, []);
        }
        catch (Exception exception) when (exception is not KamerstukInputException and not OperationCanceledException and not OutOfMemoryException)
        {
            // The SDK reports a damaged package in many ways (missing parts, bad XML, bad ZIP).
            throw new KamerstukInputException($"not a readable Word document ({exception.GetType().Name})", exception);
        }
    }

    private sealed class State(MainDocumentPart main, CancellationToken cancellationToken)
    {
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];
        private readonly Dictionary<long, string> _footnoteNumbers = [];

        public List<SourceLine> Lines { get; } = [];

        public void Block(OpenXmlElement element)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph);
                    break;
                case Table table:
                    // A row is a paragraph whose lines are its cells' paragraphs: a data row reads across, a letterhead
                    // cell ("Aan de Voorzitter …" / "Postbus 20018") keeps its lines.
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>()
                            .SelectMany(c => c.Elements<Paragraph>().Select(p => Text(p)))
                            .Where(c => c.Trim().Length > 0);
                        Emit(string.Join('\n', cells), bold: false, italic: false);
                    }

                    break;
                case SdtBlock sdt:
                    foreach (var child in sdt.SdtContentBlock?.ChildElements ?? [])
                    {
                        Block(child);
                    }

                    break;
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var text = Text(paragraph);
            if (text.Trim().Length == 0)
            {
                return;
            }

            var label = NumberLabel(paragraph);
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
            var heading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Kop", StringComparison.OrdinalIgnoreCase);
            var runs = paragraph.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
            var bold = heading || (runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value)));
            var italic = runs.Count > 0 && runs.All(r => r.RunProperties?.Italic is { } i && (i.Val is null || i.Val.Value));
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

        private string Text(OpenXmlElement paragraph)
        {
            var builder = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case WordText text when element.Parent is Run:
                        builder.Append(text.Text);
                        break;
                    case TabChar:
                        builder.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        builder.Append('\n');
                        break;
                    case FootnoteReference reference when reference.Id?.Value is { } id:
                        while (builder.Length > 0 && builder[^1] == ' ')
                        {
                            builder.Length--;
                        }

                        builder.Append(FootnoteNumber(id));
                        break;
                }
            }

            return builder.ToString();
        }

        private string FootnoteNumber(long id)
        {
            if (!_footnoteNumbers.TryGetValue(id, out var number))
            {
                number = (_footnoteNumbers.Count + 1).ToString(CultureInfo.InvariantCulture);
                _footnoteNumbers[id] = number;
            }

            return number;
        }

        public void WriteFootnotes()
        {
            var footnotes = main.FootnotesPart?.Footnotes;
            if (footnotes is null)
            {
                return;
            }

            foreach (var (id, number) in _footnoteNumbers.OrderBy(p => int.Parse(p.Value, CultureInfo.InvariantCulture)))
            {
                var footnote = footnotes.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == id);
                if (footnote is null)
                {
                    continue;
                }

                var text = string.Join(' ', footnote.Elements<Paragraph>().Select(Text)).Replace('\n', ' ').Trim();
                Emit(number + " " + text, bold: false, italic: false, note: true);
            }
        }

        // The label Word draws for a numbered paragraph: "1.", "a)", "•".
        private string? NumberLabel(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            var numId = properties?.NumberingId?.Val?.Value;
            if (numId is null or 0)
            {
                return null;
            }

            var level = properties!.NumberingLevelReference?.Val?.Value ?? 0;
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
                ?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            var format = definition?.NumberingFormat?.Val?.Value;
            if (format is null || format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
            {
                return format == NumberFormatValues.None ? null : "•";
            }

            var key = (numId.Value, level);
            var start = definition?.StartNumberingValue?.Val?.Value ?? 1;
            var count = _counters.TryGetValue(key, out var value) ? value + 1 : start;
            _counters[key] = count;
            foreach (var deeper in _counters.Keys.Where(k => k.NumId == numId.Value && k.Level > level).ToList())
            {
                _counters.Remove(deeper);
            }

            var rendered = format == NumberFormatValues.LowerLetter ? ((char)('a' + (count - 1) % 26)).ToString()
                : format == NumberFormatValues.UpperLetter ? ((char)('A' + (count - 1) % 26)).ToString()
                : format == NumberFormatValues.LowerRoman ? Roman(count).ToLowerInvariant()
                : format == NumberFormatValues.UpperRoman ? Roman(count)
                : count.ToString(CultureInfo.InvariantCulture);
            var template = definition?.LevelText?.Val?.Value ?? "%1.";
            return template.Replace("%" + (level + 1).ToString(CultureInfo.InvariantCulture), rendered, StringComparison.Ordinal);
        }

        private static string Roman(int number)
        {
            (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
            var builder = new StringBuilder();
            foreach (var (value, numeral) in table)
            {
                while (number >= value)
                {
                    builder.Append(numeral);
                    number -= value;
                }
            }

            return builder.ToString();
        }
    }
}
