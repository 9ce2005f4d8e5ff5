using System.Text;

namespace ParseKamerstuk.Cli.Tests;

/// <summary>Runs the CLI in process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string[] args, byte[]? stdin = null)
    {
        var stdout = new ConsoleStream();
        try
        {
            using var stderr = new StringWriter { NewLine = "\n" };
            var environment = new CliEnvironment(() => new MemoryStream(stdin ?? []), stdout, stderr, StderrIsTerminal: false);
            var code = Cli.Run(args, environment);

            // The process's standard output belongs to the process: a command that closes it makes the real console
            // throw on the final flush.
            if (stdout.ClosedBy is not null)
            {
                throw new InvalidOperationException("The command closed standard output: " + stdout.ClosedBy);
            }

            return new Result(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
        }
        finally
        {
            stdout.Release();
        }
    }

    /// <summary>Standard output in memory, which remembers who closed it.</summary>
    private sealed class ConsoleStream : MemoryStream
    {
        private bool _released;

        public string? ClosedBy { get; private set; }

        protected override void Dispose(bool disposing)
        {
            if (!_released)
            {
                ClosedBy ??= Environment.StackTrace;
                return; // stays usable, as the test reads it
            }

            base.Dispose(disposing);
        }

        public void Release()
        {
            _released = true;
            Dispose();
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample(params string[] parts) => Path.Combine([RepositoryRoot, "samples", .. parts]);

    public static string SeedSample => Sample("text", "ek-27925-verslag-nader-schriftelijk-overleg.txt");

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Walks up from the test assembly; not from the source path, which a CI build
    /// (ContinuousIntegrationBuild) maps to <c>/_/</c>.
    /// </summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParseKamerstuk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ParseKamerstuk.sln not found.");
    }
}
