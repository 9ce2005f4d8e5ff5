using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Model;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// The questions block of answers to Kamervragen (Aanhangsel van de Handelingen, or the ministry's Word original):
/// <c>Vragen van de leden Mutluer (GroenLinks-PvdA) en Kostić (PvdD) aan de Minister van Onderwijs, Cultuur en Wetenschap
/// over het bericht «…» (ingezonden 6 maart 2024).</c>, then
/// <c>Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap) (ontvangen 25 maart 2024).</c>, or a
/// <c>Mededeling van Minister … (ontvangen …)</c> whose text follows. Questions and answers numbered without a label, as
/// the older Aanhangsel prints them, are read by <see cref="NumberedKamervragenRule"/>. Names before a party share it:
/// <c>Van Eijk en Aartsen (beiden VVD)</c>, <c>Mutluer, Lahlah (GroenLinks-PvdA)</c>. A ministry's Word original heads its
/// answers <c>Antwoorden van de minister van … op Kamervragen van de leden … over …</c>.
/// </summary>
public sealed partial class KamervragenRule : IParagraphRule, IParagraphStarts
{
    // The lines that open the questions or the answer start a paragraph: "Vragen van het lid Kostić (PvdD) aan …",
    // "Antwoord van Minister Van der Wal-Zeggelink (…)", "Mededeling van minister …".
    bool IParagraphStarts.StartsParagraph(in LineJoin join) => HeadLineRegex().IsMatch(join.Line.Text);

    // Ministers without a ministry of their own are "Minister voor …".
    private static readonly string[] s_voorPortfolios =
    [
        "Klimaat en Energie", "Medische Zorg", "Medische Zorg en Sport", "Primair en Voortgezet Onderwijs", "Rechtsbescherming",
        "Buitenlandse Handel en Ontwikkelingssamenwerking", "Langdurige Zorg en Sport", "Volkshuisvesting en Ruimtelijke Ordening",
        "Natuur en Stikstof", "Armoedebeleid, Participatie en Pensioenen", "Basis- en Voortgezet Onderwijs en Media",
        "Migratie", "Asiel en Migratie", "Milieu en Wonen", "Wonen en Rijksdienst", "Onderwijs, Cultuur en Wetenschap, Media",
        "Europese Zaken", "Ontwikkelingssamenwerking", "Vreemdelingenzaken en Integratie", "Jeugd en Gezin", "Wonen, Wijken en Integratie",
        "Immigratie, Integratie en Asiel", "Wonen en Wijken", "Immigratie en Asiel", "Sport", "Wonen en Rijksdienst",
    ];

    /// <inheritdoc/>
    public RuleResult Apply(SegmentationContext context, Paragraph paragraph, string text, IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        // A text layer or OCR breaks the questions head over paragraphs: "… aan de Ministers van Landbouw," / "Natuur en
        // Voedselkwaliteit en voor Natuur en Stikstof over het bericht" / "«…» (ingezonden 4 juli 2023)." The head goes on
        // for at most two more paragraphs that do not finish a sentence, and is read again only when it reaches its date;
        // without the date it stays as its first paragraph read it.
        var state = context.StateOf<State>();
        if (context.Kamervragen is { } opened && state.HeadText is { } headText)
        {
            state.HeadText = null;
            var joined = headText + " " + text;
            var continues = IsHeadContinuation(text);
            if (continues && joined.Contains("ngezonden", StringComparison.Ordinal) && QuestionsRegex().Match(joined) is { Success: true } more)
            {
                ReadHead(opened, more);
                context.AddBlock("paragraph", text, paragraph, footnotes);
                NumberedKamervragenRule.BeginQuestions(context, paragraph, more.Groups["rest"].Value.Trim());
                return RuleResult.Continue;
            }

            if (continues && IsOpenHead(joined) && ++state.HeadParts < 3)
            {
                state.HeadText = joined;
                context.AddBlock("paragraph", text, paragraph, footnotes);
                return RuleResult.Continue;
            }
        }

        var questions = QuestionsRegex().Match(text);
        if (questions.Success && context.Kamervragen is null)
        {
            var kamervragen = new KamervragenState();
            state.HeadText = IsOpenHead(text) ? text : null;
            state.HeadParts = 1;
            ReadHead(kamervragen, questions);
            context.Kamervragen = kamervragen;
            context.AddBlock("paragraph", text, paragraph, footnotes);
            NumberedKamervragenRule.BeginQuestions(context, paragraph, questions.Groups["rest"].Value.Trim());
            return RuleResult.Open;
        }

        // A ministry's own answer document: "Antwoorden van de minister van Justitie en Veiligheid [mede namens …] op
        // Kamervragen van de leden Mutluer, Lahlah (GroenLinks-PvdA) … over … ." Who signed it is in the letter before.
        // The head may be split over two paragraphs: "… op Kamervragen" / "van de leden …".
        if (state.PendingHead is { } head)
        {
            state.PendingHead = null;
            if (AnswersHeadRegex().Match(head + " " + text) is { Success: true })
            {
                text = head + " " + text;
            }
        }
        else if (AnswersHeadStartRegex().IsMatch(text) && context.Kamervragen is null)
        {
            state.PendingHead = text;
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        var answers = AnswersHeadRegex().Match(text);
        if (answers.Success && context.Kamervragen is null)
        {
            var kamervragen = new KamervragenState { Subject = answers.Groups["subject"].Success ? CleanSubject(answers.Groups["subject"].Value.TrimEnd('.')) : null };
            kamervragen.Askers.AddRange(ReadAskers(answers.Groups["askers"].Value));
            if (answers.Groups["to"].Success)
            {
                kamervragen.Addressees.AddRange(ReadAddressees(answers.Groups["to"].Value));
            }

            var offices = ReadAddressees(answers.Groups["who"].Value);
            var function = offices.Count > 0 ? offices[0] : null;
            var signatory = context.Letters.SelectMany(l => l.Signatories).Concat(context.LooseSignatories)
                .FirstOrDefault(s => function is not null && string.Equals(s.Function, function, StringComparison.OrdinalIgnoreCase))
                ?? context.Letters.SelectMany(l => l.Signatories).Concat(context.LooseSignatories).FirstOrDefault();
            if (signatory is not null)
            {
                kamervragen.AnsweredBy.Add(new OfficeHolder(signatory.Name, signatory.Function ?? function));
            }
            else if (context.Blocks.Count > 0 && SignatureRule.IsName(context.Blocks[^1].Text))
            {
                // A name without its function line right above the answers: the function is the answering office.
                kamervragen.AnsweredBy.Add(new OfficeHolder(context.Blocks[^1].Text, function));
            }

            context.Kamervragen = kamervragen;
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Open;
        }

        var answer = AnsweredByRegex().Match(text);
        if (answer.Success && (context.Kamervragen is not null || context.Labeled.Count == 0))
        {
            context.Kamervragen ??= new KamervragenState();
            context.Kamervragen.AnsweredBy.AddRange(ReadOfficeHolders(answer.Groups["who"].Value));

            // The head ends the open Mededeling and labelled block; a Mededeling's text follows its own head.
            context.Open.Close<MededelingBlock>();
            context.Open.Close<LabeledBlock>();
            if (answer.Groups["kind"].Value == "Mededeling")
            {
                context.Open.Push(new MededelingBlock());
            }

            context.AddBlock("paragraph", text, paragraph, footnotes);
            NumberedKamervragenRule.BeginAnswers(context, paragraph, answer.Groups["rest"].Value.Trim());
            return RuleResult.Open;
        }

        // A page may print the questions between the Mededeling's head and its text, which then follows a bare label:
        // "Mededeling van Minister … (ontvangen …)" / "Vraag 1" / "Klopt het …?" / … / "Mededeling" / "Op 18 februari …".
        var inMededeling = context.Kamervragen is not null && context.Open.Innermost<MededelingBlock>() is not null;
        if (inMededeling && QuestionLabels.StartsQuestionLabel(text))
        {
            context.Open.Close<MededelingBlock>();
            state.MededelingFollows = true;
            return RuleResult.None; // the question's label
        }

        if (context.Kamervragen is not null && state.MededelingFollows && BareMededelingRegex().IsMatch(text))
        {
            state.MededelingFollows = false;
            context.Open.Close<LabeledBlock>();
            context.Open.Push(new MededelingBlock());
            context.AddBlock("heading", text, paragraph, footnotes);
            return RuleResult.Open;
        }

        if (inMededeling && context.Kamervragen is { } open && !ParagraphBuilder.IsCapitalsLine(text))
        {
            open.Mededeling = open.Mededeling is null ? text : open.Mededeling + "\n\n" + text;
            context.AddBlock("paragraph", text, paragraph, footnotes);
            return RuleResult.Continue;
        }

        return RuleResult.None;
    }

    // What the rule remembers between paragraphs.
    private sealed class State
    {
        // The questions head so far, while it may go on in the next paragraph (it has not reached "(ingezonden …)").
        public string? HeadText { get; set; }

        // The number of paragraphs the questions head has taken.
        public int HeadParts { get; set; }

        // The first half of a head of answers split over two paragraphs.
        public string? PendingHead { get; set; }

        // Whether the questions stand between the Mededeling's head and its text, which a bare "Mededeling" starts.
        public bool MededelingFollows { get; set; }
    }

    /// <summary>Reads "Mutluer (GroenLinks-PvdA) en Kostić (PvdD)" or "Van Eijk en Aartsen (beiden VVD)".</summary>
    internal static IReadOnlyList<Person> ReadAskers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var people = new List<Person>();
        var pendingWithoutParty = 0;
        foreach (Match match in AskerRegex().Matches(text))
        {
            var name = match.Groups["name"].Value.Trim().TrimEnd(',').Trim();
            if (name.StartsWith("en ", StringComparison.Ordinal))
            {
                name = name[3..].Trim();
            }

            if (name.Length == 0)
            {
                continue;
            }

            if (!match.Groups["party"].Success)
            {
                people.Add(new Person(name, null));
                pendingWithoutParty++;
                continue;
            }

            // "Van Eijk en Aartsen (beiden VVD)", "Mutluer, Lahlah (GroenLinks-PvdA)": names before a party share it.
            var party = match.Groups["party"].Value.Trim();
            var group = GroupRegex().Match(party);
            if (group.Success)
            {
                party = group.Groups["party"].Value.Trim();
            }

            for (var i = people.Count - pendingWithoutParty; i < people.Count; i++)
            {
                people[i] = people[i] with { Party = party };
            }

            people.Add(new Person(name, party));
            pendingWithoutParty = 0;
        }

        return people;
    }

    /// <summary>Reads "de Minister van X en de Staatssecretaris van Y" or "de Ministers van X en van Y".</summary>
    internal static IReadOnlyList<string> ReadAddressees(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        foreach (var part in AddresseeSplitRegex().Split(text))
        {
            var office = ArticleRegex().Replace(part.Trim().TrimEnd(',', '.'), string.Empty);
            if (office.Length == 0)
            {
                continue;
            }

            var plural = PluralRegex().Match(office);
            if (plural.Success)
            {
                var singular = plural.Groups["role"].Value switch
                {
                    "Ministers" or "ministers" => "Minister",
                    _ => "Staatssecretaris",
                };
                foreach (var department in plural.Groups["rest"].Value.Split(" en van ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    result.Add($"{singular} van {department}");
                }

                continue;
            }

            result.Add(char.ToUpperInvariant(office[0]) + office[1..]);
        }

        return result;
    }

    /// <summary>Reads "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)" into name and function.</summary>
    internal static IReadOnlyList<OfficeHolder> ReadOfficeHolders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<OfficeHolder>();
        foreach (Match match in OfficeHolderRegex().Matches(text))
        {
            var role = match.Groups["role"].Value;
            role = char.ToUpperInvariant(role[0]) + role[1..];
            var department = match.Groups["dept"].Value.Trim();
            var preposition = s_voorPortfolios.Contains(department, StringComparer.Ordinal) ? "voor" : "van";
            result.Add(new OfficeHolder(match.Groups["name"].Value.Trim(), $"{role} {preposition} {department}"));
        }

        return result;
    }

    private static string CleanSubject(string subject) => subject.Trim().TrimEnd(',', ' ');

    private static void ReadHead(KamervragenState state, Match questions)
    {
        state.Subject = questions.Groups["subject"].Success ? CleanSubject(questions.Groups["subject"].Value.TrimEnd('.')) : null;
        state.Askers.Clear();
        state.Askers.AddRange(ReadAskers(questions.Groups["askers"].Value));
        state.Addressees.Clear();
        if (questions.Groups["to"].Success)
        {
            state.Addressees.AddRange(ReadAddressees(questions.Groups["to"].Value));
        }
    }

    // A head that has not reached its date and does not end a sentence may go on in the next paragraph.
    private static bool IsOpenHead(string text) =>
        !text.Contains("ngezonden", StringComparison.Ordinal) && !ParagraphBuilder.EndsSentence(text);

    // The rest of a head, not the first question, its label or the answer.
    private static bool IsHeadContinuation(string text) =>
        text.Length is > 0 and < 400 && !char.IsDigit(text[0]) && !HeadBreakRegex().IsMatch(text);

    [GeneratedRegex(
        "^" + QuestionLabels.Questions + @"\s+van\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden)\s+(?<askers>.+?)(?:\s+aan\s+(?<to>(?:de|het)\s+.+?))?(?:\s+over\s+(?<subject>.+?))?\s*(?:\.?\s*\(\s*[Ii]ngezonden\s+[^)]*\)\.?(?:\s+(?<rest>\S.*))?$|\.?$)",
        RegexOptions.Singleline)]
    private static partial Regex QuestionsRegex();

    [GeneratedRegex("^(?:" + QuestionLabels.AnyQuestion + "|" + QuestionLabels.Answer + @"|Mededeling)\b")]
    private static partial Regex HeadBreakRegex();

    [GeneratedRegex(@"^Mededeling\s*:?$")]
    private static partial Regex BareMededelingRegex();

    [GeneratedRegex(
        "^" + QuestionLabels.AnyAnswer + @"\s+van\s+(?<who>(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b.+?)(?:,?\s+mede\s+namens\s+.+?)?\s+op\s+(?:de\s+)?(?:[Kk]amer)?vragen\s+(?:van\s+)?(?:het\s+|de\s+)?(?:[Kk]amer)?(?:lid|leden)\s+(?<askers>.+?)(?:\s+aan\s+(?<to>(?:de|het)\s+.+?))?(?:\s+over\s+(?<subject>.+?))?\.?$",
        RegexOptions.Singleline)]
    private static partial Regex AnswersHeadRegex();

    [GeneratedRegex("^" + QuestionLabels.AnyAnswer + @"\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b.{0,200}\s+op\s+(?:de\s+)?(?:[Kk]amer)?vragen$")]
    private static partial Regex AnswersHeadStartRegex();

    // The Aanhangsel's older print heads the answer "Antwoord", which OCR runs into the line after it, and the answers
    // follow the receipt date on the same line: "Antwoord Antwoord van minister Dales (Binnenlandse Zaken). (Ontvangen
    // 16 januari 1991) 1Er is geen reden …".
    [GeneratedRegex("^(?:" + QuestionLabels.Answer + @"\s+)?(?<kind>" + QuestionLabels.Answer + @"|Mededeling)\s+van\s+(?<who>(?:de\s+)?(?:Minister|minister|Staatssecretaris|staatssecretaris|Minister-President)(?:(?!\([Oo]ntvangen).)+?(?:\([Oo]ntvangen\s+[^)]*\)\.?|$))(?:\s+(?<rest>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex AnsweredByRegex();

    [GeneratedRegex(@"(?<name>[^(),]+?)\s*(?:\((?<party>[^)]+)\)|(?=,|\s+en\s+|$))")]
    private static partial Regex AskerRegex();

    [GeneratedRegex(@"^(?:beiden|allen|beide|alle)\s+(?<party>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupRegex();

    [GeneratedRegex(@",\s+(?=(?:de|het)\s)|\s+en\s+(?=(?:de|het)\s)")]
    private static partial Regex AddresseeSplitRegex();

    [GeneratedRegex(@"^(?:de|het)\s+")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^(?<role>Ministers|ministers|Staatssecretarissen|staatssecretarissen)\s+van\s+(?<rest>.+)$")]
    private static partial Regex PluralRegex();

    [GeneratedRegex(@"(?<role>Minister-President|Minister|minister|Staatssecretaris|staatssecretaris)\s+(?<name>(?!van\s|voor\s)[^()]+?)\s*\((?<dept>(?![Oo]ntvangen)[^()]+)\)")]
    private static partial Regex OfficeHolderRegex();

    [GeneratedRegex("^(?:" + QuestionLabels.Questions + @"\s+van\s+(?:het\s+lid|de\s+leden)\s|(?:" + QuestionLabels.Answer + @"|Mededeling)\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b)")]
    private static partial Regex HeadLineRegex();
}
