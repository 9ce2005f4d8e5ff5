namespace ParseKamerstuk.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success; warnings in the output are allowed.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong (System.CommandLine's own code for parse errors).</summary>
    public const int Usage = 1;

    /// <summary>An input is unreadable or unsupported, or an output could not be written.</summary>
    public const int InputError = 2;

    /// <summary>With <c>--strict</c>: a document has error diagnostics; or <c>validate</c> found an invalid file.</summary>
    public const int Strict = 3;
}
