namespace ParseKamerstuk.Cli;

/// <summary>The process's streams, so tests can run the CLI in process.</summary>
/// <param name="OpenStdin">Opens standard input.</param>
/// <param name="Stdout">Standard output, for JSON bytes.</param>
/// <param name="Stderr">Standard error, for messages to people.</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal (progress may be drawn).</param>
internal sealed record CliEnvironment(Func<Stream> OpenStdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal)
{
    /// <summary>The real console.</summary>
    public static CliEnvironment Console() => new(
        System.Console.OpenStandardInput,
        System.Console.OpenStandardOutput(),
        System.Console.Error,
        !System.Console.IsErrorRedirected);
}
