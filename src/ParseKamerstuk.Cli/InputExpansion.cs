namespace ParseKamerstuk.Cli;

/// <summary>One input of a run.</summary>
/// <param name="Path">The path to read, or <c>-</c> for standard input.</param>
/// <param name="Display">The name used in messages (the path as given, or as found under a named directory).</param>
/// <param name="Relative">
/// The path relative to the common ancestor of all inputs; mirrored under <c>-o DIR</c>, and what <c>--shard</c> hashes.
/// </param>
/// <param name="Size">The file's size in bytes as the directory lists it (0 for standard input).</param>
internal sealed record InputItem(string Path, string Display, string Relative, long Size = 0)
{
    /// <summary>The output file name relative to the output directory: always the relative path with <c>.json</c> added (<c>x.pdf</c> → <c>x.pdf.json</c>).</summary>
    public string OutputName => Relative + ".json";
}

/// <summary>What a walk of a directory takes, and what it must leave alone.</summary>
/// <param name="Extensions">The extensions (lower case, with the dot) a walk takes; other files are counted as skipped.</param>
/// <param name="OutputDirectory">The full path of the output directory, which a walk never enters; or <see langword="null"/>.</param>
/// <param name="Follow">Whether directory symlinks are followed (<c>--follow</c>), each directory once by device and inode.</param>
internal sealed record WalkSettings(IReadOnlySet<string> Extensions, string? OutputDirectory = null, bool Follow = false)
{
    /// <summary>The documents <c>parse</c> reads: the extensions of the supported formats.</summary>
    public static IReadOnlySet<string> Documents { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".txt", ".md", ".xml", ".html", ".htm", ".docx",
    };
}

/// <summary>The inputs named on the command line, expanded.</summary>
/// <param name="Inputs">The inputs, in a stable order (as named; a directory's files in ordinal order).</param>
/// <param name="Missing">Names that matched nothing.</param>
/// <param name="HadDirectoryOrGlob">Whether a directory or glob was named (then the run is a batch).</param>
/// <param name="Skipped">How many files a walk passed over because they are no documents.</param>
/// <param name="Empty">Directories and globs that gave no documents.</param>
/// <param name="Problems">Directories a walk could not read, with the reason (reported; the walk goes on).</param>
internal sealed record InputExpansion(List<InputItem> Inputs, List<string> Missing, bool HadDirectoryOrGlob, int Skipped, List<string> Empty, List<string> Problems)
{
    /// <summary>The comparer of output names: as the file system compares names (Linux: exactly; Windows and macOS: ignoring case).</summary>
    public static StringComparer FileNames { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Expands files, directories (recursively, taking only <see cref="WalkSettings.Extensions"/>) and globs
    /// (<c>*</c> and <c>?</c> in the file name part). Relative paths are taken from the common ancestor of every
    /// input (a named directory counts as its own ancestor), so inputs from different folders keep apart.
    /// </summary>
    public static InputExpansion Expand(IEnumerable<string> names, WalkSettings walk)
    {
        // Each found file with the directory its relative path would start from if it stood alone.
        var found = new List<(string Path, string Display, string Root, long Size)>();
        var missing = new List<string>();
        var batchy = false;
        var skipped = 0;
        var empty = new List<string>();
        var problems = new List<string>();
        foreach (var name in names)
        {
            if (name == "-")
            {
                found.Add(("-", "-", "", 0));
            }
            else if (Directory.Exists(name))
            {
                batchy = true;
                var root = Path.GetFullPath(name);
                var files = new List<FileInfo>();
                var visited = new HashSet<(ulong, ulong)>();
                if (FileKind.Of(root) is { Type: FileType.Directory } self)
                {
                    visited.Add((self.Device, self.Inode));
                }

                skipped += Walk(new DirectoryInfo(root), name, walk, files, visited, problems);
                if (files.Count == 0)
                {
                    empty.Add(name);
                }

                foreach (var file in files.OrderBy(f => f.FullName, StringComparer.Ordinal))
                {
                    found.Add((file.FullName, Path.Join(name, Path.GetRelativePath(root, file.FullName)), root, SizeOf(file.FullName)));
                }
            }
            else if (File.Exists(name))
            {
                var full = Path.GetFullPath(name);
                found.Add((full, name, Path.GetDirectoryName(full)!, SizeOf(full)));
            }
            else if (name.IndexOfAny(['*', '?']) >= 0)
            {
                // The tool expands globs itself, as Windows shells do not: * and ? within a name, ** for any depth.
                batchy = true;
                var matches = Glob(name, walk);
                if (matches.Count == 0)
                {
                    empty.Add(name);
                }

                foreach (var match in matches)
                {
                    var full = Path.GetFullPath(match);
                    found.Add((full, match, Path.GetDirectoryName(full)!, SizeOf(full)));
                }
            }
            else
            {
                missing.Add(name);
            }
        }

        var ancestor = CommonAncestor(found.Where(f => f.Path != "-").Select(f => f.Root));
        var inputs = found
            .Select(f => f.Path == "-"
                ? new InputItem("-", "-", "stdin")
                : new InputItem(f.Display, f.Display, Relative(ancestor, f.Path), f.Size))
            .ToList();
        return new InputExpansion(inputs, missing, batchy, skipped, empty, problems);
    }

    /// <summary>Pairs of inputs that would write the same output file, in input order (each pair once).</summary>
    public static List<(InputItem First, InputItem Second)> Collisions(IReadOnlyList<InputItem> inputs)
    {
        var owners = new Dictionary<string, InputItem>(FileNames);
        var collisions = new List<(InputItem, InputItem)>();
        foreach (var input in inputs)
        {
            if (!owners.TryAdd(input.OutputName, input))
            {
                collisions.Add((owners[input.OutputName], input));
            }
        }

        return collisions;
    }

    /// <summary>A relative path that cannot leave the output directory: no root, no <c>..</c> segments.</summary>
    public static string SafeRelative(string path)
    {
        var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        var parts = path.Split(separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not "." and not "..")
            .ToArray();
        return parts.Length == 0 ? "input" : string.Join('/', parts);
    }

    // The files under directory that the walk takes, added to files; returns how many it passed over. FIFOs, sockets
    // and devices are passed over (reading one can block for ever); directory symlinks are followed only with
    // --follow, and then each directory once (by device and inode), so "ln -s .. d/up" cannot loop.
    private static int Walk(DirectoryInfo directory, string shown, WalkSettings walk, List<FileInfo> files, HashSet<(ulong, ulong)> visited, List<string> problems)
    {
        var skipped = 0;
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };
        List<FileSystemInfo> entries;
        try
        {
            entries = directory.EnumerateFileSystemInfos("*", options).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{Messages.Name(shown)}: cannot read the directory ({InputFiles.Reason(exception)})");
            return 0;
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo subdirectory)
            {
                // The output directory inside an input directory is not read back in ("parse corpus -o corpus/json").
                if (walk.OutputDirectory is { } output && FileNames.Equals(Path.TrimEndingDirectorySeparator(subdirectory.FullName), output))
                {
                    continue;
                }

                if (subdirectory.LinkTarget is not null && !walk.Follow)
                {
                    continue;
                }

                var kind = FileKind.Of(subdirectory.FullName);
                if (kind.Type != FileType.Directory || (kind.Inode != 0 && !visited.Add((kind.Device, kind.Inode))))
                {
                    continue;
                }

                skipped += Walk(subdirectory, Path.Join(shown, subdirectory.Name), walk, files, visited, problems);
            }
            else if (entry is FileInfo file)
            {
                if (file.Name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (walk.Extensions.Contains(file.Extension) && FileKind.Of(file.FullName).Type is FileType.Regular or FileType.Missing)
                {
                    files.Add(file);
                }
                else
                {
                    skipped++;
                }
            }
        }

        return skipped;
    }

    /// <summary>The files that <paramref name="pattern"/> matches, in ordinal order, each once.</summary>
    public static List<string> Glob(string pattern, WalkSettings walk)
    {
        var parts = pattern.Split(s_separators);
        var first = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?']) >= 0);
        var root = first == 0 ? "." : string.Join('/', parts[..first]);
        if (root.Length == 0)
        {
            root = "/"; // "/*.pdf"
        }

        var matches = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            GlobIn(root, parts[first..], walk, matches);
        }

        return matches.Order(StringComparer.Ordinal).ToList();
    }

    private static readonly char[] s_separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static void GlobIn(string directory, string[] rest, WalkSettings walk, HashSet<string> matches)
    {
        var segment = rest[0];
        var last = rest.Length == 1;
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }

        if (segment == "**")
        {
            // Zero directories, then each subdirectory with ** still ahead; "dir/**" alone is every file below dir.
            if (!last)
            {
                GlobIn(directory, rest[1..], walk, matches);
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.') || IsOutput(entry, walk))
                {
                    continue;
                }

                if (Directory.Exists(entry) && !IsLink(entry))
                {
                    GlobIn(Join(directory, name), rest, walk, matches);
                }
                else if (last && File.Exists(entry) && !name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                {
                    matches.Add(Join(directory, name));
                }
            }

            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);

            // As in a shell, a wildcard does not match a leading dot.
            if ((name.StartsWith('.') && !segment.StartsWith('.'))
                || !System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: !OperatingSystem.IsLinux()))
            {
                continue;
            }

            var path = Join(directory, name);
            if (last)
            {
                if (File.Exists(entry) && !name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                {
                    matches.Add(path);
                }
            }
            else if (Directory.Exists(entry) && !IsOutput(entry, walk))
            {
                GlobIn(path, rest[1..], walk, matches);
            }
        }
    }

    private static string Join(string directory, string name) => directory == "." ? name : Path.Join(directory, name);

    private static bool IsOutput(string directory, WalkSettings walk) =>
        walk.OutputDirectory is { } output && FileNames.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)), output);

    private static bool IsLink(string path) => new DirectoryInfo(path).LinkTarget is not null;

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0; // reading it will say what is wrong
        }
    }

    // The deepest directory that holds every root; "" when there is none (nothing found, or different drives).
    private static string CommonAncestor(IEnumerable<string> roots)
    {
        string[]? common = null;
        string? first = null;
        foreach (var root in roots)
        {
            var parts = Path.TrimEndingDirectorySeparator(root).Split(Path.DirectorySeparatorChar);
            if (common is null)
            {
                common = parts;
                first = root;
                continue;
            }

            var length = 0;
            while (length < common.Length && length < parts.Length && FileNames.Equals(common[length], parts[length]))
            {
                length++;
            }

            common = common[..length];
        }

        if (common is null || first is null || common.Length == 0)
        {
            return "";
        }

        var joined = string.Join(Path.DirectorySeparatorChar, common);
        return joined.Length == 0 ? Path.GetPathRoot(first) ?? "" : joined.EndsWith(':') ? joined + Path.DirectorySeparatorChar : joined;
    }

    private static string Relative(string ancestor, string path) =>
        SafeRelative(ancestor.Length == 0 ? path : Path.GetRelativePath(ancestor, path));
}
