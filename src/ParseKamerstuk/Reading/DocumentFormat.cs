namespace ParseKamerstuk.Reading;

/// <summary>An input format.</summary>
public enum DocumentFormat
{
    /// <summary>Decide from the content (and, as a tie-breaker, the file name).</summary>
    Auto,

    /// <summary>Plain text, such as the output of a PDF text extractor.</summary>
    Text,

    /// <summary>PDF.</summary>
    Pdf,

    /// <summary>HTML.</summary>
    Html,

    /// <summary>Official publication XML (<c>officiele-publicatie</c>).</summary>
    Xml,

    /// <summary>Word (Office Open XML).</summary>
    Docx,
}

/// <summary>Names of formats as they appear in the output and on the command line.</summary>
public static class DocumentFormats
{
    /// <summary>The lower-case name of <paramref name="format"/>.</summary>
    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Pdf => "pdf",
        DocumentFormat.Html => "html",
        DocumentFormat.Xml => "xml",
        DocumentFormat.Docx => "docx",
        _ => "auto",
    };

    /// <summary>Reads a format name; <see langword="null"/> when unknown.</summary>
    public static DocumentFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "auto" => DocumentFormat.Auto,
        "text" or "txt" => DocumentFormat.Text,
        "pdf" => DocumentFormat.Pdf,
        "html" or "htm" => DocumentFormat.Html,
        "xml" => DocumentFormat.Xml,
        "docx" => DocumentFormat.Docx,
        _ => null,
    };
}
