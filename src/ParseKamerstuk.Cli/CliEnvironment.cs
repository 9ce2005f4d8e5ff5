namespace ParseKamerstuk.Cli;

/// <summary>The process's streams, so tests can run the CLI in process.</summary>
/// <param name="OpenStdin">Opens standard input.</param>
/// <param name="Stdout">Standard output, for JSON bytes.</param>
/// <param name="Stderr">Standard error, for messages to people.</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal (progress may be drawn).</param>
internal sealed record CliEnvironment(Func<Stream> OpenStdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal)
{
    /// <summary>Whether standard output is a terminal: then a progress bar on standard error would draw over the output.</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Whether standard input is a terminal: then no input was piped in, and waiting on it helps nobody.</summary>
    public bool StdinIsTerminal { get; init; }

    /// <summary>The width of the terminal in columns, for the progress bar.</summary>
    public int TerminalWidth { get; init; } = 80;

    /// <summary>Cancelled when the user interrupts the run (Ctrl-C).</summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>The real console; Ctrl-C cancels <see cref="Interrupt"/> instead of ending the process at once.</summary>
    public static CliEnvironment Console()
    {
        var interrupt = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            // A second Ctrl-C ends the process as usual.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        return new(System.Console.OpenStandardInput, System.Console.OpenStandardOutput(), System.Console.Error, !System.Console.IsErrorRedirected)
        {
            StdoutIsTerminal = !System.Console.IsOutputRedirected,
            StdinIsTerminal = !System.Console.IsInputRedirected,
            TerminalWidth = TerminalColumns(),
            Interrupt = interrupt.Token,
        };
    }

    private static int TerminalColumns()
    {
        if (System.Console.IsErrorRedirected)
        {
            return 80;
        }

        try
        {
            return System.Console.WindowWidth is > 0 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
