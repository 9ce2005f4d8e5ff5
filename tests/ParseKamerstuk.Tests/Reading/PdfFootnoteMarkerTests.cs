using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;
using static ParseKamerstuk.Tests.Reading.PdfFiles;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>
/// Superscript footnote markers as a word processor sets them (a smaller size, raised with a text rise): after a
/// number, after punctuation, several in one superscript, and in the gap before punctuation.
/// </summary>
public sealed class PdfFootnoteMarkerTests
{
    private static string Superscript(string number) => $"/F1 7 Tf 4 Ts ({number}) Tj 0 Ts /F1 11 Tf ";

    private static readonly string[] s_notes = ["Kamerstuk 26 643, nr. 1000.", "Richtlijn \\(EU\\) 2022/2555.", "Zie de bijlage bij deze brief.", "Handelingen II 2022/23, nr. 5."];

    // A page of these lines, with the first notes of s_notes at its foot, one for each marker.
    private static KamerstukDocument ParsePage(int notes, params string[] lines)
    {
        var content = string.Join('\n', lines.Select((line, i) => $"BT /F1 11 Tf 72 {700 - (i * 14)} Td {line} ET"))
            + string.Concat(s_notes.Take(notes).Select((note, i) => $"\nBT /F1 8 Tf 72 {120 - (i * 10)} Td ({i + 1} {note}) Tj ET"));
        var pdf = Make(Catalog, Pages, Page("/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>"), Stream(string.Empty, content), Font);
        return KamerstukParser.Parse(pdf, "brief.pdf");
    }

    [Fact]
    public void A_marker_after_a_number_stays_a_marker_and_leaves_the_number_whole()
    {
        var document = ParsePage(
            3,
            $"(In mijn brief van 7 november 2023) Tj {Superscript("1")}( heb ik u geïnformeerd over NIS2) Tj {Superscript("2")}(. Was dat in 2022?) Tj {Superscript("3")}( Nee.) Tj");
        Assert.Equal(
            [("In mijn brief van 7 november 2023 heb ik u geïnformeerd over NIS2. Was dat in 2022? Nee.", "1,2,3")],
            document.Body.Where(b => b.Type == BlockTypes.Paragraph).Select(b => (b.Text, string.Join(',', b.Footnotes))));
    }

    [Fact]
    public void Several_markers_in_one_superscript_and_a_marker_before_punctuation_leave_no_space()
    {
        var document = ParsePage(
            4,
            $"(Kent u de «ziekenhuisnota») Tj {Superscript("1, 2")}(? En de stichting Both Ends) Tj {Superscript("3")}(?) Tj",
            $"(Dat staat in de wetgeving) Tj {Superscript("4")}(.) Tj");
        Assert.Equal(
            [("Kent u de «ziekenhuisnota»? En de stichting Both Ends? Dat staat in de wetgeving.", "1,2,3,4")],
            document.Body.Where(b => b.Type == BlockTypes.Paragraph).Select(b => (b.Text, string.Join(',', b.Footnotes))));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code is DiagnosticCodes.FootnoteWithoutMarker or DiagnosticCodes.FootnoteMarkerWithoutFootnote);
    }
}
