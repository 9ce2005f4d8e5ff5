namespace ParseKamerstuk.Diagnostics;

/// <summary>A problem found in a document, or a choice the parser had to make.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, such as <c>PK1001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Pages">The 1-based source pages it concerns, or <see langword="null"/> for inputs without pages.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, IReadOnlyList<int>? Pages);
