using System.Globalization;
using System.Text.RegularExpressions;
using ParseKamerstuk.Conventions;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Segmentation.Rules;

/// <summary>
/// Finds footnotes in the paragraph stream. The convention: at the bottom of a page, a number and the note
/// (<c>1 Samenstelling: Kox (SP) …</c>, <c>2 Kamerstuk 27 925, nr. 615</c>), referred to by a marker glued to a word
/// in the text (<c>Ontwikkelingssamenwerking1</c>). A numbered paragraph is a footnote when it is a composition, or when
/// the text has a glued marker with its number before it and it stands at a page bottom (before a page join, after
/// another footnote, before the answer to Kamervragen, or at the end); a reader that knows the page's footnote zone
/// marks its lines. OCR text often shows the number <c>1</c> as <c>i</c> or <c>'</c>, and may run a composition footnote
/// into the paragraph before it.
/// <para>
/// Kamervragen as submitted, and the ministries' answers that repeat them, list their sources as notes numbered with a
/// parenthesis (<c>1) AD, 13 januari 2024, …</c>; in Word sometimes as a list <c>1. Argos, 27 september 2023, …</c>)
/// or in brackets (<c>[1] NOS, 23 mei 2024, …</c>), and mark them in the text with <c>1)</c> or <c>[1]</c>. A run of
/// such notes with ascending numbers is taken as footnotes <c>1)</c> or <c>[1]</c>, … when every number is marked so
/// before the run; a run numbered <c>1.</c> must also count up by one, end the document (only notes after it) and hold
/// no question, so that numbered questions are never taken for notes.
/// </para>
/// </summary>
internal static partial class FootnoteRule
{
    /// <summary>
    /// Where footnotes start at a page bottom: the next footnote of a run ("1 Motie van het lid …" / "2 Antwoorden op
    /// schriftelijke vragen …") starts a paragraph, and a footnote ends at the page join when its last line leaves room.
    /// </summary>
    internal sealed partial class ParagraphStarts : IParagraphStarts
    {
        public bool StartsParagraph(in LineJoin join) =>
            join.First is { } first
            && ((NextFootnote(first.Text, join.Line.Text) && !join.Hyphenated)
                || (join.Line.StartsPage && NoteStartRegex().IsMatch(first.Text) && join.RoomLeft));

        private static bool NextFootnote(string first, string line)
        {
            var current = NoteNumberRegex().Match(first);
            var next = current.Success ? NoteNumberRegex().Match(line) : Match.Empty;
            return next.Success
                && int.Parse(next.Groups["n"].ValueSpan, provider: CultureInfo.InvariantCulture)
                    == int.Parse(current.Groups["n"].ValueSpan, provider: CultureInfo.InvariantCulture) + 1;
        }

        [GeneratedRegex(@"^(?<n>[1-9]\d?)\s+\p{Lu}")]
        private static partial Regex NoteNumberRegex();

        [GeneratedRegex(@"^\d{1,3}\s+\S")]
        private static partial Regex NoteStartRegex();
    }

    /// <summary>A footnote found in a paragraph.</summary>
    /// <param name="Number">The footnote number.</param>
    /// <param name="Text">The footnote text.</param>
    /// <param name="Paragraph">The paragraph it was found in.</param>
    /// <param name="TextBefore">Text of the paragraph before the footnote, where the footnote did not start it.</param>
    public sealed record Found(string Number, string Text, Paragraph Paragraph, string? TextBefore)
    {
        /// <summary>Whether the paragraph only continues the note before it (its text is in that note).</summary>
        public bool Continuation { get; init; }
    }

    /// <summary>Finds the footnotes among <paramref name="paragraphs"/>, keyed by paragraph index.</summary>
    public static IReadOnlyDictionary<int, Found> Find(IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var markers = new Dictionary<string, List<int>>(StringComparer.Ordinal); // glued markers: the paragraphs they are in
        var markedAt = new Dictionary<string, int>(StringComparer.Ordinal); // source markers "1)", "[1]": first paragraph
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            foreach (var number in FootnoteMarkers.GluedNumbers(text))
            {
                AddMarker(markers, number, i);
            }

            if (!text.AsSpan().ContainsAny(')', ']'))
            {
                continue;
            }

            foreach (var marker in FootnoteMarkers.SourceMarkers(text))
            {
                markedAt.TryAdd(marker.Number, i);
                if (marker.Number[0] == '[')
                {
                    AddMarker(markers, marker.Number[1..^1], i); // a superscript that a Markdown converter wrote as "[1 ]" or "[2]"
                }
            }
        }

        var found = new Dictionary<int, Found>();
        var noteAt = new Dictionary<string, int>(StringComparer.Ordinal); // the paragraph of the last note of each number
        FindSourceNotes(paragraphs, markedAt, found);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (found.ContainsKey(i))
            {
                continue;
            }

            var text = paragraphs[i].Text;
            var start = StartRegex().Match(text);
            if (start.Success)
            {
                var number = NumberOf(start.Groups["n"].Value);
                var body = start.Groups["text"].Value;
                var composition = CompositionParser.IsComposition(body) && body.TrimStart().StartsWith("Samenstelling", StringComparison.Ordinal);
                var atPageBottom = i + 1 >= paragraphs.Count || paragraphs[i + 1].Lines[0].StartsPage || found.ContainsKey(i - 1)
                    || (i + 1 < paragraphs.Count && StartRegex().Match(paragraphs[i + 1].Text) is { Success: true } following
                        && NumberOf(following.Groups["n"].Value) is { } next && next != number);
                var inNoteZone = paragraphs[i].Lines[0].Note && char.IsDigit(start.Groups["n"].Value[0]);

                // The marker stands before its note, and after the last note of that number: a numbered question that
                // carries marker 1 itself is no note 1, nor is answer "1 Ja." after note 1.
                var after = number is not null && noteAt.TryGetValue(number, out var previous) ? previous : -1;
                var marked = number is not null && markers.TryGetValue(number, out var at) && at.Exists(k => k > after && k < i);

                // Kamervragen print the notes to the questions below them, before the answer.
                var beforeAnswer = i + 1 < paragraphs.Count && paragraphs[i + 1].Text.StartsWith(QuestionLabels.Answer, StringComparison.Ordinal)
                    && !body.Contains('?', StringComparison.Ordinal);
                if (number is not null && (composition || inNoteZone || (marked && (atPageBottom || beforeAnswer) && char.IsDigit(start.Groups["n"].Value[0]))))
                {
                    found[i] = new Found(number, body.Trim(), paragraphs[i], null);
                    noteAt[number] = i;
                    continue;
                }
            }

            // An OCR composition footnote run into the paragraph before it: "… vragen? 1 Samenstelling: …".
            var inner = text.Contains("Samenstelling", StringComparison.Ordinal) ? InnerCompositionRegex().Match(text) : Match.Empty;
            if (inner.Success && inner.Index > 0 && NumberOf(inner.Groups["n"].Value) is { } innerNumber)
            {
                var note = text[(inner.Groups["text"].Index)..].Trim() + ColumnTail(paragraphs, i + 1);

                found[i] = new Found(innerNumber, note, paragraphs[i], text[..inner.Index].Trim());
            }
        }

        return found;
    }

    private static void AddMarker(Dictionary<string, List<int>> markers, string number, int paragraph)
    {
        if (!markers.TryGetValue(number, out var at))
        {
            markers[number] = at = [];
        }

        if (at.Count == 0 || at[^1] != paragraph)
        {
            at.Add(paragraph);
        }
    }

    private static void FindSourceNotes(IReadOnlyList<Paragraph> paragraphs, Dictionary<string, int> markedAt, Dictionary<int, Found> found)
    {
        if (markedAt.Count == 0)
        {
            return;
        }

        // notesOnlyFrom[k]: whether only notes follow from paragraph k on (computed once, so that a document of many
        // runs costs no more than one).
        var notesOnlyFrom = new bool[paragraphs.Count + 1];
        notesOnlyFrom[paragraphs.Count] = true;
        for (var k = paragraphs.Count - 1; k >= 0; k--)
        {
            notesOnlyFrom[k] = notesOnlyFrom[k + 1] && (paragraphs[k].Lines[0].Note || StartRegex().IsMatch(paragraphs[k].Text));
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            // The run: notes with ascending numbers in one style, a note's text perhaps continued in a paragraph of
            // its own before the next note ("[2] RTV Oost, 25 mei 2024, '…'," / ") https://www.rtvoost.nl/…").
            var notes = new List<(string Number, int Value, string Text, int Paragraph)>();
            var continued = new List<int>();
            var style = ' ';
            var end = i;
            while (end < paragraphs.Count)
            {
                if (NoteAt(paragraphs, end) is { } note && (notes.Count == 0 || Follows(note, notes[^1].Value, style)))
                {
                    style = note.Style;
                    notes.Add((note.Number, note.Value, note.Text, end));
                    end++;
                }
                else if (notes.Count > 0 && style != '.' && NoteAt(paragraphs, end + 1) is { } next && Follows(next, notes[^1].Value, style))
                {
                    notes[^1] = notes[^1] with { Text = notes[^1].Text + " " + paragraphs[end].Text.Trim() };
                    continued.Add(end);
                    end++;
                }
                else
                {
                    break;
                }
            }

            if (notes.Count == 0)
            {
                continue;
            }

            var marked = notes.All(n => markedAt.TryGetValue(n.Number, out var at) && at < i);
            var endsDocument = notesOnlyFrom[end];
            var holdsQuestion = notes.Any(n => n.Text.EndsWith('?'));
            if (marked && (style != '.' || (endsDocument && !holdsQuestion)))
            {
                foreach (var note in notes)
                {
                    found[note.Paragraph] = new Found(note.Number, note.Text, paragraphs[note.Paragraph], null);
                }

                foreach (var k in continued)
                {
                    found[k] = new Found(string.Empty, string.Empty, paragraphs[k], null) { Continuation = true };
                }
            }

            i = end - 1;
        }
    }

    private static (string Number, int Value, char Style, string Text)? NoteAt(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        if (index >= paragraphs.Count || SourceNoteRegex().Match(paragraphs[index].Text) is not { Success: true } note)
        {
            return null;
        }

        var digits = note.Groups["n"].Value;
        var style = note.Groups["p"].Value[0];
        return (style == ']' ? "[" + digits + "]" : digits + ")", int.Parse(digits, CultureInfo.InvariantCulture), style, note.Groups["text"].Value.Trim());
    }

    // A note numbered with a dot must be the next number (a list); the others may skip one that is not listed.
    private static bool Follows((string Number, int Value, char Style, string Text) note, int previous, char style) =>
        note.Style == style && (style == '.' ? note.Value == previous + 1 : note.Value > previous);

    // OCR of a two-column page reads the footnote column at the ends of the text column's lines:
    // "6. De Memorie van Toelichting vermeldt «en passant» de veronder-Baarda (CDA), Kruisinga (CDA),".
    // The members are the runs of "Name (Party)" at those line ends.
    private static string ColumnTail(IReadOnlyList<Paragraph> paragraphs, int start)
    {
        var tail = new System.Text.StringBuilder();
        var misses = 0;
        for (var i = start; i < paragraphs.Count && i < start + 40 && misses < 4; i++)
        {
            var run = MemberRunRegex().Match(paragraphs[i].Text);
            if (!run.Success)
            {
                misses += paragraphs[i].Text.Count(char.IsLetter) > 3 ? 1 : 0;
                continue;
            }

            misses = 0;
            tail.Append(' ').Append(run.Value.Trim());
        }

        return tail.ToString();
    }

    private static string? NumberOf(string token) => token switch
    {
        "i" or "I" or "l" or "'" or "’" or "‘" or "!" => "1",
        _ when token.All(char.IsDigit) => token.TrimStart('0').Length == 0 ? null : token.TrimStart('0'),
        _ => null,
    };

    [GeneratedRegex(@"^(?<n>\d{1,3}|[iIl'’‘!])\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex StartRegex();

    [GeneratedRegex(@"(?:(?<=\s)[\(\{]\s*[A-Z][\w'’.+-]{0,10}\s*[\)\]\}I],|(?<=^|[\s-])\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*[\(\{]\s*[A-Z][\w'’.+-]{0,10}\s*[\)\]\}I]).*$")]
    private static partial Regex MemberRunRegex();

    [GeneratedRegex(@"^(?:(?<n>[1-9]\d?)(?<p>[.)])\s+|\[(?<n>[1-9]\d?)(?<p>\])\s*)(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex SourceNoteRegex();

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,2}|[i'’])\s+(?<text>Samenstelling\s*:.*)$", RegexOptions.Singleline)]
    private static partial Regex InnerCompositionRegex();
}
