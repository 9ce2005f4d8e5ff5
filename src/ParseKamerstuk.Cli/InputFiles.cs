using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Cli;

/// <summary>Finding and reading inputs, and turning failures into one-line reasons.</summary>
internal static class InputFiles
{
    /// <summary>Reads all bytes of <paramref name="path"/>, or standard input for <c>-</c>, refusing more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(string path, CliEnvironment environment, long maxBytes)
    {
        if (path == "-")
        {
            using var stdin = environment.OpenStdin();
            return KamerstukParser.ReadAtMost(stdin, 0, maxBytes);
        }

        var kind = FileKind.Of(path);
        if (kind.Type == FileType.Directory)
        {
            throw new KamerstukInputException("is a directory");
        }

        if (kind.Type == FileType.Special)
        {
            throw new KamerstukInputException("not a regular file");
        }

        if (!File.Exists(path))
        {
            // .NET reads a name that is not valid UTF-8 with U+FFFD in place of the bad bytes; no file has that name.
            throw new KamerstukInputException(path.Contains('\uFFFD', StringComparison.Ordinal) ? "the file name is not valid UTF-8" : "no such file");
        }

        var info = new FileInfo(path);
        if (info.Length > maxBytes)
        {
            throw new KamerstukInputException($"input is {info.Length} bytes, over the limit of {maxBytes} bytes");
        }

        // The limit holds whatever the reported length: files in /proc report 0 and go on.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        return KamerstukParser.ReadAtMost(stream, info.Length, maxBytes);
    }

    /// <summary>Whether <paramref name="exception"/> is a problem with one input (as opposed to a bug).</summary>
    public static bool IsInputProblem(Exception exception) =>
        exception is KamerstukInputException or IOException or UnauthorizedAccessException or OperationCanceledException;

    /// <summary>The one-line reason for a failed input.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        KamerstukInputException input => Cli.OneLine(input.Message),
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        OperationCanceledException => "took longer than the time limit",
        _ => Cli.OneLine(exception.Message),
    };
}
