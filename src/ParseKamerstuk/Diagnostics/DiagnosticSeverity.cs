namespace ParseKamerstuk.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A choice the parser made that a user may want to know about.</summary>
    Info,

    /// <summary>Something in the document did not follow the convention; the output may be incomplete.</summary>
    Warning,

    /// <summary>Part of the document could not be understood; the output is known to be incomplete.</summary>
    Error,
}
