namespace ParseKamerstuk.Cli;

/// <summary>
/// Writes a file so that it is either absent or complete: the bytes go to a temporary file beside it,
/// which is renamed over the target when done. A killed process leaves at most a <c>.tmp</c> file,
/// never a half-written output. The file is not forced to disk (no fsync), as <c>cp</c> does not: against a
/// power cut the file system's own ordering of rename after data is what protects it, and a batch of a hundred
/// thousand small files does not wait on the disk once per file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The suffix of temporary files.</summary>
    public const string TempSuffix = ".parsekamerstuk-tmp";

    /// <summary>
    /// A short temporary name that carries the run's id (its process id), so that a run removes only the temporary
    /// files of runs that are gone, and a name near 255 bytes still has room: <c>.pk-4711-0123456789ab.parsekamerstuk-tmp</c>.
    /// </summary>
    public static string TempName() =>
        ".pk-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12] + TempSuffix;

    /// <summary>The process id in a temporary name of <see cref="TempName"/>, or <see langword="null"/> for another name.</summary>
    public static int? RunOf(string name)
    {
        if (!name.StartsWith(".pk-", StringComparison.Ordinal) || !name.EndsWith(TempSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var dash = name.IndexOf('-', 4);
        return dash > 4 && int.TryParse(name.AsSpan(4, dash - 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, TempName());
        var moved = false;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                write(stream);
            }

            File.Move(temp, path, overwrite: true);
            moved = true;
        }
        finally
        {
            if (!moved && File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
