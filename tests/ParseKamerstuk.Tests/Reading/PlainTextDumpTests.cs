using System.Text;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Reading;

/// <summary>Text extracted from officielebekendmakingen PDFs by other tools: footer lines, run-on heads, Markdown pages.</summary>
public sealed class PlainTextDumpTests
{
    // The shape of a text dump of an Aanhangsel PDF: no blank lines, the footer kept at the page bottom.
    private const string Dump = """
        Tweede Kamer der Staten-Generaal 2
        Vergaderjaar 2023–2024 Aanhangsel van de Handelingen
        Vragen gesteld door de leden der Kamer, met de daarop door de
        regering gegeven antwoorden
        1433
        Vragen van het lid Kostić (PvdD) aan de Minister voor Natuur en Stikstof over
        het aanpassen van antwoorden op schriftelijke vragen over de landelijke
        vrijstellingslijst (ingezonden 29 februari 2024).
        Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof)
        (ontvangen 5 april 2024).
        Vraag 1
        Kunt u bevestigen dat de Kamer een motie van de Partij voor de Dieren heeft
        aangenomen, waarmee de regering wordt verzocht om diersoorten die in hun
        voortbestaan worden bedreigd van de landelijke vrijstellingslijst af te halen?1
        Antwoord 1
        Ja, dat bevestig ik.
        Vraag 2
        Kunt u bevestigen dat u schreef: «Om aan de motie tegemoet te komen, zal ik
        voorbereidingen treffen»?2
        Antwoord 2
        Ja.
        1 Motie van het lid Akerboom (PvdD) over diersoorten (Kamerstuk 36 410 XIV, nr. 9)
        2 Antwoorden op schriftelijke vragen van het lid Akerboom
        ah-tk-20232024-1433
        ISSN 0921 - 7398
        ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1ah-tk-20232024-1433
        """;

    [Fact]
    public void The_footer_leaves_the_text_and_names_the_document()
    {
        var document = Parse(Dump);
        Assert.Equal("ah-tk-20232024-1433", document.Identifier);
        Assert.Equal("1433", document.Aanhangselnummer);
        Assert.DoesNotContain(document.Body, b => b.Text.Contains("ISSN", StringComparison.Ordinal) || b.Text.Contains("ah-tk", StringComparison.Ordinal));
    }

    [Fact]
    public void The_questions_block_and_the_footnotes_start_paragraphs_of_their_own()
    {
        var document = Parse(Dump);
        Assert.Equal("Kostić", Assert.Single(document.Kamervragen!.Askers).Name);
        Assert.Equal(2, document.Qa.Count);
        Assert.EndsWith("van de landelijke vrijstellingslijst af te halen?", document.Qa[0].Question, StringComparison.Ordinal);
        Assert.Equal("Ja, dat bevestig ik.", document.Qa[0].Answer);
        Assert.Equal("Ja.", document.Qa[1].Answer);
        Assert.Equal(["1", "2"], document.Footnotes.Select(f => f.Number));
    }

    [Fact]
    public void A_letter_exported_line_by_line_keeps_its_title_block_and_letter_header()
    {
        const string Export = """
            Brief regering : Verzamelbrief diergezondheid
            28 286 Dierenwelzijn
            29 683
            Dierziektebeleid
            Nr. 1376
            BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
            Den Haag, 20 december 2024
            Met deze brief informeer ik de Kamer over een aantal onderwerpen op het terrein van
            diergezondheid en dierziekten. Ik deel de laatste stand van zaken omtrent blauwtong.
            """;
        var document = Parse(Export);
        Assert.Equal("kst-28286-1376", document.Identifier);
        Assert.Equal(["28286 Dierenwelzijn", "29683 Dierziektebeleid"], document.Dossiers.Select(d => d.Number + " " + d.Title));
        var letter = Assert.Single(document.Letters);
        Assert.Equal("BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR", letter.Heading);
        Assert.Equal("Voorzitter van de Tweede Kamer der Staten-Generaal", letter.Addressee);
        Assert.Equal(new DateOnly(2024, 12, 20), letter.Date);
        Assert.Equal(DocumentType.Brief, document.DocumentType);
    }

    [Theory]
    [InlineData("ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 1")]
    [InlineData("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2Antwoord 1")]
    public void A_footer_run_into_the_next_page_leaves_the_label_it_hides(string runOn)
    {
        var document = Parse($"Vraag 1\nKent u het bericht «Verguisde stalvloer»?\n\nah-tk-20222023-3649\n{runOn}\nJa.\n");
        var pair = Assert.Single(document.Qa);
        Assert.Equal("Kent u het bericht «Verguisde stalvloer»?", pair.Question);
        Assert.Equal("Ja.", pair.Answer);
        Assert.Equal("ah-tk-20222023-3649", document.Identifier);
    }

    [Fact]
    public void A_markdown_page_dump_breaks_pages_at_its_rules_and_links_bracketed_superscripts()
    {
        var markdown = """
            #### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen

            **Vragen gesteld door de leden der Kamer, met de daarop door de**
            **regering gegeven antwoorden**

            ### 387

            Vragen van het lid Boswijk (CDA) aan de Minister van Buitenlandse Zaken
            over de situatie in de Zuidelijke Kaukasus (ingezonden 2 oktober 2023).

            Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen
            13 november 2023).

            Vraag 1
            Bent u bekend met de recente berichtgeving omtrent Nagorno-Karabach, in
            het bijzonder de commentaren «Netjes gezuiverd»[1 ] en «Goede bedoelingen
            van de EU zijn weinig waard»[2]?

            Antwoord 1
            Ja, met beide.


            1 Nederlands Dagblad, 29 september 2023, «De ondergang van Nagorno Karabach».

            2 De Volkskrant, 20 september 2023, «Goede bedoelingen van de EU zijn weinig waard».


            h tk 20232024 387


            -----

            """;
        var document = Parse(markdown);
        var pair = Assert.Single(document.Qa);
        Assert.Equal("Bent u bekend met de recente berichtgeving omtrent Nagorno-Karabach, in het bijzonder de commentaren «Netjes gezuiverd» en «Goede bedoelingen van de EU zijn weinig waard»?", pair.Question);
        Assert.Equal("Ja, met beide.", pair.Answer);
        Assert.Equal(["1", "2"], document.Footnotes.Select(f => f.Number));
        Assert.DoesNotContain(document.Body, b => b.Text.Contains('#', StringComparison.Ordinal) || b.Text.Contains("**", StringComparison.Ordinal));
    }

    private static Model.KamerstukDocument Parse(string text) =>
        KamerstukParser.Parse(Encoding.UTF8.GetBytes(text), "dump.txt");
}
