namespace ParseKamerstuk.Reading;

/// <summary>An input format.</summary>
public enum InputFormat
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
public static class InputFormats
{
    /// <summary>The lower-case name of <paramref name="format"/>.</summary>
    public static string Name(InputFormat format) => format switch
    {
        InputFormat.Text => "text",
        InputFormat.Pdf => "pdf",
        InputFormat.Html => "html",
        InputFormat.Xml => "xml",
        InputFormat.Docx => "docx",
        _ => "auto",
    };

    /// <summary>Reads a format name; <see langword="null"/> when unknown.</summary>
    public static InputFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "auto" => InputFormat.Auto,
        "text" or "txt" => InputFormat.Text,
        "pdf" => InputFormat.Pdf,
        "html" or "htm" => InputFormat.Html,
        "xml" => InputFormat.Xml,
        "docx" => InputFormat.Docx,
        _ => null,
    };
}
