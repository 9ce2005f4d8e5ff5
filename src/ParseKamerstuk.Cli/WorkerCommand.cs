using System.CommandLine;
using System.Globalization;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;

namespace ParseKamerstuk.Cli;

/// <summary>
/// <c>parsekamerstuk worker</c> (hidden): parses the documents the parent sends over standard input and answers
/// over standard output (<see cref="WorkerProtocol"/>), until standard input ends. A document that kills this
/// process (a stack overflow cannot be caught) costs only that document: the parent starts another worker.
/// </summary>
internal static class WorkerCommand
{
    /// <summary>The name of the subcommand.</summary>
    public const string Name = "worker";

    /// <summary>For tests only: the environment variable naming a document on which a worker stalls.</summary>
    public const string StallVariable = "PARSEKAMERSTUK_TEST_STALL";

    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var command = new Command(Name, "Parses documents for a parent process (internal).") { Hidden = true };
        command.SetAction(_ => Serve(environment));
        return command;
    }

    private static int Serve(CliEnvironment environment)
    {
        using var input = environment.OpenStdin();
        try
        {
            WorkerProtocol.WriteReady(environment.Stdout);
            while (WorkerProtocol.ReadRequest(input) is { } request)
            {
                var reply = Handle(request, environment);
                WorkerProtocol.WriteReply(environment.Stdout, reply);

                // After running out of memory the process is in no state to go on; the parent starts a new one.
                if (reply.Status == WorkerStatus.OutOfMemory)
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The parent is gone.
        }

        return ExitCodes.Success;
    }

    /// <summary>Parses one document, turning every failure but a crash into a reply.</summary>
    public static WorkerReply Handle(WorkerRequest request, CliEnvironment environment)
    {
        try
        {
            // A hook for the tests of the time limit: a document of this name stalls its worker without ever reaching
            // a check, as a read from a stuck network file system does.
            if (Environment.GetEnvironmentVariable(StallVariable) is { Length: > 0 } stall && request.Name == stall)
            {
                Thread.Sleep(Timeout.Infinite);
            }

            var data = request.Data ?? InputFiles.ReadAll(request.Path, environment, request.Options.MaxBytes);

            // The parser checks the token between pages and paragraphs; the parent kills the worker when a document
            // runs past the limit without reaching a check.
            using var cancellation = new CancellationTokenSource(request.Timeout);
            var document = KamerstukParser.Parse(data, request.Name, request.Options, cancellation.Token);
            using var buffer = new MemoryStream();
            KamerstukJson.Write(document, buffer, request.Indented);
            var json = request.SourcePath is { } sourcePath ? JsonLines.WithSourcePath(buffer.ToArray(), sourcePath) : buffer.ToArray();
            return new WorkerReply(WorkerStatus.Parsed, json, document.Diagnostics.Select(d => new DiagnosticMark(d.Code, d.Severity)).ToList());
        }
        catch (OperationCanceledException)
        {
            return WorkerReply.Failure(TimedOut(request.Timeout));
        }
        catch (OutOfMemoryException)
        {
            return new WorkerReply(WorkerStatus.OutOfMemory, [], []);
        }
#pragma warning disable CA1031 // Any failure of one input is reported for that input; the batch goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return WorkerReply.Failure(Describe(exception));
        }
    }

    /// <summary>The reason for a document that ran past <paramref name="timeout"/>.</summary>
    public static string TimedOut(TimeSpan timeout) =>
        $"took longer than the time limit of {timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";

    private static string Describe(Exception exception) => InputFiles.IsInputProblem(exception)
        ? InputFiles.Reason(exception)
        : exception is InsufficientExecutionStackException
            ? "the document is too large or too deeply nested to parse"
            : $"could not be parsed ({exception.GetType().Name}: {Cli.OneLine(exception.Message)})";
}
