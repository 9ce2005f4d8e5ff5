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
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stdin.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new KamerstukInputException($"input is over the limit of {maxBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new KamerstukInputException("is a directory");
        }

        if (!info.Exists)
        {
            throw new KamerstukInputException("no such file");
        }

        if (info.Length > maxBytes)
        {
            throw new KamerstukInputException($"input is {info.Length} bytes, over the limit of {maxBytes} bytes");
        }

        return File.ReadAllBytes(path);
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
