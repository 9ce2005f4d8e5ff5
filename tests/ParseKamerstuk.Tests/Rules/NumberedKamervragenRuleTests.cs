using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Tests.Rules;

/// <summary>Kamervragen in the older Aanhangsel's form: questions and answers numbered without a label.</summary>
public sealed class NumberedKamervragenRuleTests
{
    private const string Head = """
        Tweede Kamer der Staten-Generaal
        2
        Vergaderjaar 1991-1992
        Aanhangsel van de Handelingen
        Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden
        412

        """;

    private static KamerstukDocument Parse(string text) =>
        KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes(Head + text), "aanhangsel.txt");

    [Fact]
    public void Questions_run_on_after_the_head_and_answers_after_the_receipt_date_are_paired()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst naar Ameland. (Ingezonden 2 maart 1992) 1Is het waar dat de veerdienst in de winter minder vaak vaart? 2 Wat zijn de gevolgen voor de eilanders?
            3 Bent u bereid hierover met de rederij te spreken?
            Antwoord Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992) 1 Ja. 2en3 De rederij heeft mij laten weten dat zij de dienstregeling in overleg met de gemeente vaststelt.
            """);

        Assert.Equal(new DateOnly(1992, 3, 2), document.Dates.Submitted);
        Assert.Equal(new DateOnly(1992, 3, 30), document.Dates.Received);
        Assert.Equal("de veerdienst naar Ameland", document.Kamervragen!.Subject);
        Assert.Equal(new OfficeHolder("Maij-Weggen", "Minister van Verkeer en Waterstaat"), Assert.Single(document.Kamervragen.AnsweredBy));
        Assert.Collection(
            document.Qa,
            q1 =>
            {
                Assert.Equal([1], q1.Questions);
                Assert.Equal("Is het waar dat de veerdienst in de winter minder vaak vaart?", q1.Question);
                Assert.Equal("Ja.", q1.Answer);
            },
            q2 =>
            {
                Assert.Equal("Wat zijn de gevolgen voor de eilanders?", q2.Question);
                Assert.Equal([2, 3], q2.Answers);
                Assert.StartsWith("De rederij heeft mij", q2.Answer, StringComparison.Ordinal);
            },
            q3 =>
            {
                Assert.Equal("Bent u bereid hierover met de rederij te spreken?", q3.Question);
                Assert.Equal([2, 3], q3.Answers);
            });
        Assert.All(document.Qa, q => Assert.Null(q.Section));
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.QuestionWithoutAnswer);
    }

    [Fact]
    public void A_number_inside_a_sentence_a_date_or_a_number_out_of_order_starts_nothing()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst. (Ingezonden 2 maart 1992)
            1 Hoeveel afvaarten vielen in 1991 uit? Waren dat er meer dan 12 Afvaarten per maand?
            2 Wat kost een extra afvaart?
            Antwoord
            Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992)
            1 In 1991 vielen 40 afvaarten uit. 4 Juli is de drukste dag van het jaar. 33 Gevallen betroffen storm.
            2 Een extra afvaart kost f 12 000.
            """);

        Assert.Collection(
            document.Qa,
            q1 =>
            {
                Assert.Equal("Hoeveel afvaarten vielen in 1991 uit? Waren dat er meer dan 12 Afvaarten per maand?", q1.Question);
                Assert.Equal("In 1991 vielen 40 afvaarten uit. 4 Juli is de drukste dag van het jaar. 33 Gevallen betroffen storm.", q1.Answer);
            },
            q2 => Assert.Equal("Een extra afvaart kost f 12 000.", q2.Answer));
    }

    [Fact]
    public void A_number_lost_in_OCR_is_given_to_the_unnumbered_paragraph_where_it_stood()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst. (Ingezonden 2 maart 1992)
            1 Vaart de veerboot in de winter minder vaak?
            Hoeveel afvaarten vervallen er? 3 Wat vindt u daarvan?
            Antwoord
            Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992)
            1 Ja.
            Er vervallen twaalf afvaarten per week.
            3I n de zomer vaart de boot vaker.
            """);

        Assert.Equal(3, document.Qa.Count);
        Assert.Equal(("Hoeveel afvaarten vervallen er?", "Er vervallen twaalf afvaarten per week."), (document.Qa[1].Question, document.Qa[1].Answer));
        Assert.Equal(("Wat vindt u daarvan?", "In de zomer vaart de boot vaker."), (document.Qa[2].Question, document.Qa[2].Answer));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.NumberInferred && d.Message.StartsWith("Question 2 ", StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.NumberInferred && d.Message.StartsWith("Answer 2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lost_number_is_not_guessed_when_more_than_one_paragraph_could_have_held_it()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst. (Ingezonden 2 maart 1992)
            1 Vaart de veerboot in de winter minder vaak? 2 Hoeveel afvaarten vervallen er? 3 Wat vindt u daarvan?
            Antwoord
            Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992)
            1 Ja.
            De rederij spaart zo brandstof.
            Er vervallen twaalf afvaarten per week.
            3 Dat vind ik aanvaardbaar.
            """);

        Assert.Equal("Ja.\n\nDe rederij spaart zo brandstof.\n\nEr vervallen twaalf afvaarten per week.", document.Qa[0].Answer);
        Assert.Null(document.Qa[1].Answer);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.QuestionWithoutAnswer);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == DiagnosticCodes.NumberInferred);
    }

    [Fact]
    public void A_note_to_the_questions_before_the_answer_is_a_footnote_and_a_question_carrying_its_own_marker_is_not()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst. (Ingezonden 2 maart 1992)
            1 Kent u het bericht «Veerboot vaart minder»?1
            2 Is het juist dat de rederij subsidie ontvangt?
            1 Leeuwarder Courant van 28 februari 1992.
            Antwoord
            Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992)
            1 Ja. 2 Nee.
            """);

        var note = Assert.Single(document.Footnotes);
        Assert.Equal("Leeuwarder Courant van 28 februari 1992.", note.Text);
        Assert.Equal("Kent u het bericht «Veerboot vaart minder»?", document.Qa[0].Question);
        Assert.Equal(["Ja.", "Nee."], document.Qa.Select(q => q.Answer));
    }

    [Fact]
    public void The_page_foot_is_no_part_of_the_last_answer()
    {
        var document = Parse("""
            Vragen van het lid De Vries (VVD) over de veerdienst. (Ingezonden 2 maart 1992)
            1 Vaart de veerboot minder vaak?
            Antwoord
            Antwoord van minister Maij-Weggen (Verkeer en Waterstaat). (Ontvangen 30 maart 1992)
            1 Nee, de dienstregeling blijft
            ongewijzigd.
            165910F ISSN 0921-7398 Sdu Uitgeverij Plantijnstraat
            's-Gravenhage 1992
            Tweede Kamer, vergaderjaar 1991-1992, Aanhangsel
            871
            """);

        Assert.Equal("Nee, de dienstregeling blijft ongewijzigd.", Assert.Single(document.Qa).Answer);
    }
}

/// <summary>The questions head over several paragraphs, up to its date, and not beyond a head without one.</summary>
public sealed class QuestionsHeadTests
{
    [Fact]
    public void A_head_broken_over_paragraphs_is_read_whole_and_labelled_questions_are_left_to_their_rule()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Vragen van het lid Bromet (GroenLinks) aan de Ministers van Landbouw,

            Natuur en Voedselkwaliteit en voor Natuur en Stikstof over het bericht

            «Stalvloer in de weg» (ingezonden 4 juli 2023).

            Vraag 1
            Kent u het bericht?

            Antwoord 1
            Ja.
            """), "vragen.txt");

        Assert.Equal("het bericht «Stalvloer in de weg»", document.Kamervragen!.Subject);
        Assert.Equal(["Minister van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof"], document.Kamervragen.Addressees);
        var pair = Assert.Single(document.Qa);
        Assert.Equal(("Kent u het bericht?", "Ja.", (string?)null), (pair.Question, pair.Answer, pair.Section));
    }

    [Fact]
    public void A_head_without_a_date_keeps_its_own_subject()
    {
        var document = KamerstukParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Vragen van het lid Beckerman (SP) aan de staatssecretaris van Infrastructuur en Waterstaat over de gaswinning

            Met de beantwoording van deze vragen wacht ik op het advies van de mijnraad

            Vraag 1
            Kent u het advies?

            Antwoord 1
            Ja.
            """), "vragen.txt");

        Assert.Equal("de gaswinning", document.Kamervragen!.Subject);
        Assert.Equal(["Staatssecretaris van Infrastructuur en Waterstaat"], document.Kamervragen.Addressees);
        Assert.Equal("Ja.", Assert.Single(document.Qa).Answer);
    }
}
