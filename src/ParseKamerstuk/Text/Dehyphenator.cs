namespace ParseKamerstuk.Text;

/// <summary>
/// Decides what a line-final hyphen means in Dutch text, and joins the two lines accordingly.
/// <list type="bullet">
/// <item>A word broken at the line end is joined: <c>Voortgangs-</c> / <c>rapportage</c> → <c>Voortgangsrapportage</c>.</item>
/// <item>A suspended hyphen stays with its space: <c>toe-</c> / <c>dan wel afgenomen</c>, <c>Syrië-</c> / <c>en Irakstrijders</c>.</item>
/// <item>A real hyphen stays without space: <c>artikel 100-</c> / <c>brief</c>, <c>GroenLinks-</c> / <c>PvdA</c>,
/// <c>VN-</c> / <c>bureau</c>, and vowel clashes that Dutch spelling writes with a hyphen (<c>zee-</c> / <c>egel</c>).</item>
/// </list>
/// Where the document itself spells the joined word elsewhere, that spelling wins.
/// </summary>
internal sealed class Dehyphenator
{
    private static readonly HashSet<string> s_conjunctions = new(StringComparer.Ordinal)
    {
        "en", "of", "dan", "tot", "als", "noch", "alsook", "respectievelijk", "c.q.", "en/of", "maar", "zowel", "and", "or",
    };

    private readonly Lazy<HashSet<string>> _lexicon;

    /// <summary>Creates a dehyphenator that knows the words of <paramref name="lines"/> (read when first needed).</summary>
    public Dehyphenator(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lexicon = new Lazy<HashSet<string>>(() => Lexicon(lines), LazyThreadSafetyMode.PublicationOnly);
    }

    // The document's words in lower case; a word is made a string only the first time it is seen.
    private static HashSet<string> Lexicon(IEnumerable<string> lines)
    {
        var lexicon = new HashSet<string>(StringComparer.Ordinal);
        var words = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var line in lines)
        {
            foreach (var range in line.AsSpan().Split(' '))
            {
                var word = line.AsSpan()[range].Trim(s_trimChars);
                if (word.Length > 3 && word[^1] != '-')
                {
                    var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                    word.ToLowerInvariant(lower);
                    words.Add(lower);
                }
            }
        }

        return lexicon;
    }

    private static readonly char[] s_trimChars = ['.', ',', ';', ':', '?', '!', '(', ')', '«', '»', '"', '\'', '“', '”', '‘', '’', '[', ']'];

    /// <summary>An instance without a lexicon, for single strings.</summary>
    public static Dehyphenator Plain { get; } = new([]);

    /// <summary>Joins <paramref name="left"/> (a line) with <paramref name="right"/> (the next line of the same paragraph).</summary>
    public string Join(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        var text = new System.Text.StringBuilder(left);
        JoinInto(text, right);
        return text.ToString();
    }

    /// <summary>
    /// Appends <paramref name="right"/> (the next line of the same paragraph) to <paramref name="text"/>: with a space,
    /// without one after an opening parenthesis, before a closing one or punctuation, or where a web address breaks, or
    /// across a line-end hyphen as the hyphen's kind says.
    /// Only the last word of the text so far is read, so joining a paragraph line by line costs its length, not its
    /// length squared.
    /// </summary>
    public void JoinInto(System.Text.StringBuilder text, string right)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(right);
        if (text.Length == 0 || right.Length == 0)
        {
            text.Append(right);
            return;
        }

        // An inline element on a line of its own, as text rendered from the publication XML sets it: "bij motie (" /
        // "36 410-VI, nr. 87" / ") in ruime meerderheid"; "CO" / "2" / ";". No space after an opening parenthesis, none
        // before a closing one or punctuation (an ellipsis keeps its space: "gaat over ...").
        if (text[^1] == '(' || right[0] is ')' or ';' or ',' or ':' or '?' or '!' || (right[0] == '.' && (right.Length == 1 || right[1] != '.')))
        {
            text.Append(right);
            return;
        }

        var start = text.Length;
        var colon = false;
        while (start > 0 && text[start - 1] != ' ')
        {
            colon |= text[start - 1] == ':';
            start--;
        }

        // Most joins need no look at the last word: it ends in no hyphen and holds no "://" or leading "www.".
        var hyphen = text[^1] == '-';
        var www = text.Length - start >= 4 && text[start] == 'w' && text[start + 1] == 'w' && text[start + 2] == 'w' && text[start + 3] == '.';
        if (!hyphen && !colon && !www)
        {
            text.Append(' ').Append(right);
            return;
        }

        var lastWord = text.ToString(start, text.Length - start);
        if (IsAddress(lastWord))
        {
            // A web address broken over lines: "https://" / "www.movisie.nl/…".
            text.Append(right);
            return;
        }

        var kind = !hyphen || text.Length < 2 ? HyphenKind.None : Decide(text[^2], lastWord[..^1], right);
        switch (kind)
        {
            case HyphenKind.Break:
                text.Length--;
                text.Append(right);
                break;
            case HyphenKind.Compound:
                text.Append(right);
                break;
            default:
                text.Append(' ').Append(right);
                break;
        }
    }

    // What the hyphen after leftWord is, given the character before it and the line that follows.
    private HyphenKind Decide(char before, string leftWord, string right)
    {
        if (right.Length == 0 || before is ' ' or '-')
        {
            return HyphenKind.None; // a dash, not a hyphen
        }

        var rightWord = FirstWord(right);
        if (s_conjunctions.Contains(rightWord.TrimEnd(',', '.', ';')))
        {
            return HyphenKind.None; // suspended hyphen: "toe- dan wel afgenomen"
        }
        var joinedCore = (leftWord + rightWord).Trim(s_trimChars);
        var hyphenatedCore = (leftWord + "-" + rightWord).Trim(s_trimChars);

        // 1. The document's own spelling decides where it has one.
        var joinedKnown = _lexicon.Value.Contains(joinedCore.ToLowerInvariant());
        var hyphenKnown = _lexicon.Value.Contains(hyphenatedCore.ToLowerInvariant());
        if (joinedKnown && !hyphenKnown)
        {
            return HyphenKind.Break;
        }

        if (hyphenKnown && !joinedKnown)
        {
            return HyphenKind.Compound;
        }

        // 2. Digits, acronyms and capitals on either side are real hyphens: "100-brief", "VN-bureau", "GroenLinks-PvdA".
        if (!char.IsLetter(before) || !char.IsLetter(rightWord.Length > 0 ? rightWord[0] : ' '))
        {
            return HyphenKind.Compound;
        }

        var leftLetters = leftWord.TrimStart(s_trimChars);
        var allCapsLeft = leftLetters.Length > 0 && leftLetters.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var allCapsRight = rightWord.All(c => !char.IsLetter(c) || char.IsUpper(c));
        if (allCapsLeft && allCapsRight && leftLetters.Length > 4)
        {
            return HyphenKind.Break; // a heading in capitals: "ONTWIKKELINGSSAMEN-" / "WERKING"
        }

        if (char.IsUpper(rightWord[0]) || (allCapsLeft && leftLetters.Length > 1))
        {
            return HyphenKind.Compound;
        }

        // 3. Vowel clash: Dutch writes "zee-egel", "na-apen", "auto-ongeluk".
        if (IsVowel(before) && IsVowel(rightWord[0]))
        {
            return HyphenKind.Compound;
        }

        return HyphenKind.Break;
    }

    private static bool IsAddress(string word) =>
        (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.Ordinal))
            && !ParagraphBuilder.EndsSentence(word) && !word.EndsWith(',');

    private static bool IsVowel(char c) => "aeiouyAEIOUYëïöüéèáàóòúùíì".Contains(c, StringComparison.Ordinal);

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }
}

/// <summary>What a line-final hyphen is.</summary>
internal enum HyphenKind
{
    /// <summary>No hyphen, or a suspended hyphen or dash: keep it and join with a space.</summary>
    None,

    /// <summary>A word broken at the line end: drop the hyphen, join without space.</summary>
    Break,

    /// <summary>A real hyphen in a compound: keep it, join without space.</summary>
    Compound,
}
