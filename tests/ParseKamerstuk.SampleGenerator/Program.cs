using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

// Writes the generated documents of samples/: small PDFs in the official layout and a Word original.
// Run: dotnet run --project tests/ParseKamerstuk.SampleGenerator -- samples
var root = args.Length > 0 ? args[0] : "samples";
Directory.CreateDirectory(Path.Combine(root, "pdf"));
Directory.CreateDirectory(Path.Combine(root, "docx"));
File.WriteAllBytes(Path.Combine(root, "pdf", "ah-tk-20232024-9901.pdf"), AanhangselPdf.Build());
File.WriteAllBytes(Path.Combine(root, "pdf", "kst-36600-XIII-99.pdf"), MotiePdf.Build());
File.WriteAllBytes(
    Path.Combine(root, "pdf", "kst-29984-1120.pdf"),
    VerslagPdf.Build(File.ReadAllText(Path.Combine(root, "text", "tk-29984-verslag-schriftelijk-overleg.txt"))));
WordSample.Write(Path.Combine(root, "docx", "beantwoording-kamervragen.docx"));
Console.WriteLine($"wrote samples under {root}");

/// <summary>Lays out text on A4 pages the way the official Kamerstuk PDFs do: a text column from x=202 to 522.</summary>
internal sealed class Layout
{
    public const double Left = 202.7;
    public const double Right = 522.0;
    public const double Size = 8.5;
    public const double Leading = 9.6;

    private readonly PdfDocumentBuilder _builder;
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly PdfDocumentBuilder.AddedFont _italic;
    private readonly List<PdfPageBuilder> _pages = [];
    private PdfPageBuilder _page;
    private double _y;

    public Layout(PdfDocumentBuilder builder)
    {
        _builder = builder;
        _regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _italic = builder.AddStandard14Font(Standard14Font.HelveticaOblique);
        _page = NewPage();
    }

    public PdfPageBuilder Page => _page;

    public PdfDocumentBuilder.AddedFont Regular => _regular;

    public PdfDocumentBuilder.AddedFont Bold => _bold;

    public PdfPageBuilder NewPage()
    {
        _page = _builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        _pages.Add(_page);
        _y = 760;
        return _page;
    }

    public void Text(string text, double x, double y, double size, bool bold = false) =>
        _page.AddText(text, size, new PdfPoint(x, y), bold ? _bold : _regular);

    public void Gap(double lines = 1) => _y -= Leading * lines;

    public void MoveTo(double y) => _y = y;

    public double Y => _y;

    /// <summary>Writes a paragraph wrapped to the column; a word given as "regen|boogprovincie" may break there with a hyphen.</summary>
    public void Paragraph(string text, bool bold = false, bool italic = false, (string After, string Marker)? marker = null)
    {
        var font = bold ? _bold : italic ? _italic : _regular;
        var words = text.Split(' ');
        var line = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var plain = word.Replace("|", string.Empty, StringComparison.Ordinal);
            var candidate = string.Join(' ', line.Append(plain));
            if (Width(candidate, font) > Right - Left && line.Count > 0)
            {
                if (word.Contains('|', StringComparison.Ordinal))
                {
                    var parts = word.Split('|');
                    line.Add(parts[0] + "-");
                    Emit(line, font, marker);
                    line = [parts[1]];
                    continue;
                }

                Emit(line, font, marker);
                line = [];
            }

            line.Add(plain);
        }

        if (line.Count > 0)
        {
            Emit(line, font, marker);
        }

        Gap();
    }

    private void Emit(List<string> words, PdfDocumentBuilder.AddedFont font, (string After, string Marker)? marker)
    {
        if (_y < 150)
        {
            NewPage();
        }

        var text = string.Join(' ', words);
        _page.AddText(text, Size, new PdfPoint(Left, _y), font);
        if (marker is { } m && text.EndsWith(m.After, StringComparison.Ordinal))
        {
            _page.AddText(m.Marker, 5.5, new PdfPoint(Left + Width(text, font) + 0.3, _y + 3.5), _regular);
        }

        _y -= Leading;
    }

    public double Width(string text, PdfDocumentBuilder.AddedFont font)
    {
        var letters = _page.MeasureText(text, Size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
    }

    /// <summary>Footnotes at the bottom of the current page, in 6.9 pt under a 4.5 pt number.</summary>
    public void Footnote(string number, string text)
    {
        Text(number, Left, 124.6, 4.5);
        Text(text, Left + 6.2, 121.9, 6.9);
    }

    /// <summary>The running footer of every page and the id block of the first.</summary>
    public void Footers(string running, string id, string issn, string place)
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (i == 0)
            {
                page.AddText(id, 5.9, new PdfPoint(36.9, 46.8), _regular);
                page.AddText(issn, 5.9, new PdfPoint(36.9, 40.4), _regular);
                page.AddText(place, 5.9, new PdfPoint(36.9, 34.0), _regular);
                page.AddText(running + " " + number, 5.9, new PdfPoint(330, 34.0), _regular);
            }
            else
            {
                page.AddText(running + " " + number, 9.1, new PdfPoint(Left, 34.0), _regular);
            }
        }
    }
}

internal static class AanhangselPdf
{
    public static byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var layout = new Layout(builder);
        layout.Text("Tweede Kamer der Staten-Generaal", 36.9, 727, 18.1, bold: true);
        layout.Text("2", 487.5, 705, 51.2, bold: true);
        layout.Text("Vergaderjaar 2023–2024 Aanhangsel van de Handelingen", 36.9, 670, 9.6);
        layout.Text("Vragen gesteld door de leden der Kamer, met de daarop door de", Layout.Left, 613, 9.1, bold: true);
        layout.Text("regering gegeven antwoorden", Layout.Left, 603.8, 9.1, bold: true);
        layout.Text("9901", Layout.Left, 503, 12.8, bold: true);
        layout.MoveTo(474);
        layout.Paragraph("Vragen van de leden Van Dijk (GroenLinks-PvdA) en Bikker (ChristenUnie) aan de Minister van Onderwijs, Cultuur en Wetenschap over het bericht «Provincie stopt met regenboogbeleid» (ingezonden 6 maart 2024).");
        layout.Gap();
        layout.Paragraph("Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap) (ontvangen 25 maart 2024).");
        layout.Gap();
        layout.Paragraph("Vraag 1");
        layout.MoveTo(401 - 2 * Layout.Leading);
        layout.Paragraph("Heeft u kennisgenomen van het artikel «Provincie stopt met regenboogbeleid»?", marker: ("?", "1"));
        layout.Gap();
        layout.Paragraph("Antwoord 1");
        layout.MoveTo(353 - Layout.Leading);
        layout.Paragraph("Ja.");
        layout.Gap();
        layout.Paragraph("Vraag 2 en 3");
        layout.MoveTo(314.5 - 2 * Layout.Leading);
        layout.Paragraph("Zijn de voorwaarden waaraan een provincie moet voldoen om zich regen|boogprovincie te mogen noemen, vastgelegd? Zo ja, waar?");
        layout.Paragraph("Kunt u voor die voorwaarden zorgen?");
        layout.Footnote("1", "NOS, d.d. 1 maart 2024, «Provincie stopt met regenboogbeleid».");
        layout.NewPage();
        layout.MoveTo(735);
        layout.Paragraph("Antwoord 2 en 3");
        layout.MoveTo(735 - Layout.Leading);
        layout.Paragraph("De regenboogprovincies zijn een initiatief van de provincies zelf en daarmee is ook de invulling hiervan aan de provincies zelf. Het ministerie heeft hierin dus geen voorwaardenscheppende rol, zie ook het antwoord op vraag 1.");
        layout.Footers("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "ah-tk-20232024-9901", "ISSN 0921 - 7398", "’s-Gravenhage 2024");
        return builder.Build();
    }
}

internal static class MotiePdf
{
    public static byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var layout = new Layout(builder);
        layout.Text("Tweede Kamer der Staten-Generaal", 36.9, 727, 18.1, bold: true);
        layout.Text("2", 487.5, 705, 51.2, bold: true);
        layout.Text("Vergaderjaar 2024–2025", 36.9, 670, 9.6);
        layout.Text("36 600 XIII Vaststelling van de begrotingsstaten van het Ministerie van", 36.9, 618, 12.3, bold: true);
        layout.Text("Economische Zaken (XIII) voor het jaar 2025", Layout.Left, 604, 12.3, bold: true);
        layout.Text("Nr. 99", 36.9, 524, 9.1, bold: true);
        layout.Text("MOTIE VAN DE LEDEN DE VRIES EN VAN DER BERG", Layout.Left, 524, 9.1, bold: true);
        layout.Text("Voorgesteld 12 november 2024", Layout.Left, 513.5, 9.1);
        layout.MoveTo(492);
        layout.Paragraph("De Kamer,");
        layout.Paragraph("gehoord de beraadslaging,");
        layout.Paragraph("constaterende dat het aantal faillissementen in de horeca dit jaar met een derde is gestegen;");
        layout.Paragraph("overwegende dat ondernemers die willen stoppen vaak niet weten welke regelingen er zijn;");
        layout.Paragraph("verzoekt de regering een loket in te richten waar ondernemers in nood terechtkunnen, en de Kamer daarover voor de zomer te informeren,");
        layout.Paragraph("en gaat over tot de orde van de dag.");
        layout.Paragraph("De Vries");
        layout.MoveTo(layout.Y + Layout.Leading);
        layout.Paragraph("Van der Berg");
        layout.Footers("Tweede Kamer, vergaderjaar 2024–2025, 36 600 XIII, nr. 99", "kst-36600-XIII-99", "ISSN 0921 - 7371", "’s-Gravenhage 2024");
        return builder.Build();
    }
}

/// <summary>
/// A verslag van een schriftelijk overleg in the Kamerstuk layout, laid out from the text of the same verslag in
/// samples/text (one line a paragraph, a form feed between pages, the running footer at the foot of each page), so
/// that both forms hold the same words: the title block, the signatures, the table of contents with its page numbers
/// at the right margin, headings in bold.
/// </summary>
internal static class VerslagPdf
{
    public static byte[] Build(string text)
    {
        var builder = new PdfDocumentBuilder();
        var layout = new Layout(builder);
        var pages = text.Split('\f');
        var lines = pages[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The title block: chamber, part number, vergaderjaar, dossier, ondernummer, title, date.
        layout.Text(lines[0], 36.9, 727, 18.1, bold: true);
        layout.Text(lines[1], 487.5, 705, 51.2, bold: true);
        layout.Text(lines[2], 36.9, 670, 9.6);
        layout.Text(lines[3], 36.9, 618, 12.3, bold: true);
        layout.Text(lines[4], 36.9, 560, 9.1, bold: true);
        layout.Text(lines[5], Layout.Left, 560, 9.1, bold: true);
        layout.Text(lines[6], Layout.Left, 549.5, 9.1);
        layout.MoveTo(528);
        var running = string.Empty;
        for (var p = 0; p < pages.Length; p++)
        {
            if (p > 0)
            {
                layout.NewPage();
                layout.MoveTo(735);
            }

            var previous = string.Empty;
            foreach (var line in (p == 0 ? lines.Skip(7) : pages[p].Split('\n', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (line.StartsWith("Tweede Kamer, vergaderjaar", StringComparison.Ordinal))
                {
                    running = line;
                    continue;
                }

                if (line.StartsWith("kst-", StringComparison.Ordinal) || line.StartsWith("ISSN", StringComparison.Ordinal) || line.StartsWith("’s-Gravenhage", StringComparison.Ordinal))
                {
                    continue;
                }

                var toc = System.Text.RegularExpressions.Regex.Match(line, @"^(?<entry>.+?) (?<page>\d{1,3}|blz\.)$");
                if (toc.Success)
                {
                    // A line of the table of contents: the entry, and its page number at the right margin.
                    layout.Text(toc.Groups["entry"].Value, Layout.Left, layout.Y, Layout.Size);
                    layout.Text(toc.Groups["page"].Value, Layout.Right - 12, layout.Y, Layout.Size);
                    layout.Gap();
                }
                else if (previous.EndsWith(',') && !line.EndsWith('.'))
                {
                    // The name under a signature's function line, on the next line.
                    layout.MoveTo(layout.Y + Layout.Leading);
                    layout.Paragraph(line);
                }
                else
                {
                    layout.Paragraph(line, bold: line.Length < 90 && !".?!:,".Contains(line[^1], StringComparison.Ordinal));
                }

                previous = line;
            }
        }

        layout.Footers(running, "kst-29984-1120", "ISSN 0921 - 7371", "’s-Gravenhage 2024");
        return builder.Build();
    }
}

internal static class WordSample
{
    public static void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        void Paragraph(string text, bool bold = false)
        {
            var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.RunProperties = new RunProperties(new Bold());
            }

            body.Append(new Paragraph(run));
        }

        Paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
        Paragraph("Datum 16 mei 2024");
        Paragraph("Hierbij zend ik u de antwoorden op de vragen van het lid Van Dijk (SGP) over boa’s.");
        Paragraph("De Minister van Justitie en Veiligheid,");
        Paragraph("D. Jansen");
        Paragraph("Antwoorden van de minister van Justitie en Veiligheid op Kamervragen van het lid Van Dijk (SGP) over de uitrusting van boa’s.", bold: true);
        Paragraph("Vraag 1", bold: true);
        Paragraph("Kent u het bericht «Boa’s krijgen bodycam»?");
        Paragraph("Antwoord op vraag 1", bold: true);
        Paragraph("Ja.");
        Paragraph("Vraag 2", bold: true);
        Paragraph("Hoeveel boa’s dragen een bodycam?");
        Paragraph("Vraag 3", bold: true);
        Paragraph("Wanneer heeft iedere boa er een?");
        Paragraph("Antwoord op vragen 2 en 3", bold: true);
        Paragraph("Dat weet ik niet precies. Ik informeer uw Kamer voor de zomer.");
        main.Document.Save();
    }
}
