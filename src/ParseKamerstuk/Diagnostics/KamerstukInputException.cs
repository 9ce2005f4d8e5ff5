namespace ParseKamerstuk.Diagnostics;

/// <summary>
/// Thrown when an input cannot be used at all: a corrupt or encrypted PDF, binary data, an unsupported format,
/// or an input over a limit. Its message is one line that names the reason; callers add the file name.
/// </summary>
public sealed class KamerstukInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KamerstukInputException()
    {
    }

    /// <summary>Creates the exception with a one-line reason.</summary>
    public KamerstukInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line reason and the exception that caused it.</summary>
    public KamerstukInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
