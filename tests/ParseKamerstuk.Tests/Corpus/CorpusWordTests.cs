using ParseKamerstuk.Model;
namespace ParseKamerstuk.Tests.Corpus;

/// <summary>The ministries' Word originals of answers to Kamervragen; the expected values were read from the documents.</summary>
public sealed class CorpusWordTests
{
    public static TheoryData<string, string, int> Answers() => new()
    {
        { "Beantwoording Kamervragen leden Mutluer (GL-PvdA) et al. over de voorgenomen sluiting van het politiebureau in Wolvega (1).docx", "Mutluer/GroenLinks-PvdA;Lahlah/GroenLinks-PvdA;Boswijk/CDA;Helder/BBB", 8 },
        { "Beantwoording Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA) over verbieden van hoofddoekjes en andere religieuze uitingen bij boa.docx", "Lahlah/GroenLinks-PvdA;Chakor/GroenLinks-PvdA", 9 },
        { "Beantwoording Kamervragen van de leden Temmink en van Nispen (SP) aan de minister van Justitie en Veiligheid over het niet noodgevallen nummer .docx", "Temmink/SP;Van Nispen/SP", 10 },
        { "Beantwoording Kamervragen van het lid Eerdmans (JA21) over het bericht dat een ME'er in Arnhem zijn taak niet wilde uitvoeren vanwege zijn reli.docx", "Eerdmans/JA21", 3 },
        { "Beantwoording Kamervragen van het lid Teunissen (PvdD) aan de minster van Justitie en Veiligheid en van Landbouw, Visserij, Voedselzekerheid en.docx", "Teunissen/PvdD", 22 },
        { "Beantwoording Kamervragen van het lid Wassenberg (PvdD) aan de ministers van Landbouw, Natuur en Voedselkwalit en van Justitie en Veiligheid ov.docx", "Wassenberg/PvdD", 14 },
        { "Beantwoording van Kamervragen van de leden Mutluer (PvDA) en Ellemeet (GroenLinks) over een uitzending van Argos over de dood van Sammy Baker (.docx", "Mutluer/PvdA;Ellemeet/GroenLinks", 6 },
        { "Beantwoording van Kamervragen van het van het lid Beckerman (SP) aan de staatssecretaris van Infrastructuur en Waterstaat en minister van Justi.docx", "Beckerman/SP", 12 },
    };

    [CorpusTheory]
    [MemberData(nameof(Answers))]
    public void Word_answers_give_askers_subject_and_every_pair(string file, string askers, int pairs)
    {
        var document = KamerstukParser.ParseFile(CorpusFiles.FullPath("beantwoording-kamervragen-docx/" + file));
        Assert.Equal("docx", document.Source.Format);
        Assert.Equal(DocumentType.AntwoordKamervragen, document.DocumentType);
        var kamervragen = Assert.IsType<Model.Kamervragen>(document.Kamervragen);
        Assert.Equal(askers, string.Join(';', kamervragen.Askers.Select(a => $"{a.Name}/{a.Party}")));
        Assert.False(string.IsNullOrEmpty(kamervragen.Subject));
        Assert.Equal(pairs, document.Qa.Count);
        Assert.All(document.Qa, q => Assert.False(string.IsNullOrWhiteSpace(q.Question)));
        Assert.All(document.Qa, q => Assert.False(string.IsNullOrWhiteSpace(q.Answer)));
        Assert.All(document.Qa, q => Assert.DoesNotMatch(@"^(?:Vraag|Antwoord)\s+\d", q.Question));
        // Source markers ("? 1)", "gedrag2) waarin", "geraakt[1],") are taken out and their notes ("1) AD, 13 januari
        // 2024, …", "[1] NOS, …") made footnotes, so no note ends the last answer.
        Assert.All(document.Qa, q => Assert.DoesNotMatch(@"[?.!”'’]\s*\d{1,2}\)|\p{L}\d{1,2}\)\s|\p{L}\s\d{1,2}\),|\[\d{1,2}\]", q.Question + " " + q.Answer));
        Assert.DoesNotContain(document.Body, b => System.Text.RegularExpressions.Regex.IsMatch(b.Text, @"^(?:\d{1,2}\)|\[\d{1,2}\])\s"));
        Assert.Equal(Enumerable.Range(1, pairs).ToHashSet(), document.Qa.SelectMany(q => q.Questions).ToHashSet());
    }
}
