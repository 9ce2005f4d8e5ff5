namespace ParseKamerstuk.Diagnostics;

/// <summary>
/// The stable diagnostic codes. A code never changes meaning once released; the README lists them all.
/// PK1xxx: structure (questions, answers, letters); PK2xxx: identity and dates;
/// PK3xxx: footnotes and committees; PK4xxx: reading and text quality.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A question has no answer.</summary>
    public const string QuestionWithoutAnswer = "PK1001";

    /// <summary>Where a repeated question ends could not be confirmed from the earlier letter.</summary>
    public const string QuestionEndUncertain = "PK1002";

    /// <summary>An answer refers to a question that the document does not hold.</summary>
    public const string AnswerRefersToUnknownQuestion = "PK1003";

    /// <summary>A question or answer number is not printed (lost in OCR); it was taken from the order.</summary>
    public const string NumberInferred = "PK1004";

    /// <summary>A motie's dictum (<c>De Kamer, …</c> / <c>en gaat over tot de orde van de dag.</c>) could not be read.</summary>
    public const string MotionNotRead = "PK1005";

    /// <summary>The document has no title block or running footer: identifier, dossiers and ondernummer are null.</summary>
    public const string IdentityNotFound = "PK2001";

    /// <summary>The document type could not be decided from the text.</summary>
    public const string DocumentTypeUndecided = "PK2002";

    /// <summary>A date in a place-and-date line or a title block does not parse.</summary>
    public const string UnparsableDate = "PK2003";

    /// <summary>The chamber is not printed as such and was taken from the text (an addressee, a reference).</summary>
    public const string ChamberInferred = "PK2004";

    /// <summary>Two sources in the document disagree on an identity field (title block, running footer, metadata).</summary>
    public const string IdentityConflict = "PK2005";

    /// <summary>A footnote marker in the text has no footnote.</summary>
    public const string FootnoteMarkerWithoutFootnote = "PK3001";

    /// <summary>A footnote is never referred to from the text.</summary>
    public const string FootnoteWithoutMarker = "PK3002";

    /// <summary>Part of a committee composition (<c>Samenstelling</c>) could not be read as members.</summary>
    public const string CompositionNotUnderstood = "PK3003";

    /// <summary>The input was not valid UTF-8 and was read as Windows-1252.</summary>
    public const string DecodedAsWindows1252 = "PK4001";

    /// <summary>The text looks like an unreadable PDF font mapping (replacement characters, <c>(cid:12)</c>).</summary>
    public const string UnreadableFontMapping = "PK4003";

    /// <summary>The text was UTF-8 decoded as Windows-1252 and encoded again ("KrÃ¶ger"); it was repaired.</summary>
    public const string DoubleEncoded = "PK4005";

    /// <summary>The input holds no text at all (a scanned PDF without a text layer, an empty file).</summary>
    public const string NoText = "PK4004";

    /// <summary>The PDF stops before its end-of-file marker: pages after the cut are missing.</summary>
    public const string Truncated = "PK4006";

    /// <summary>The PDF's cross-reference was broken (<c>startxref</c> off, a table cut or missing); it was repaired.</summary>
    public const string Repaired = "PK4007";
}
