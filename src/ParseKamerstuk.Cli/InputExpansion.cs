namespace ParseKamerstuk.Cli;

/// <summary>One input of a run.</summary>
/// <param name="Path">The path to read, or <c>-</c> for standard input.</param>
/// <param name="Display">The name used in messages (the path as given).</param>
/// <param name="Relative">The path relative to what was named on the command line; mirrored under <c>-o DIR</c>.</param>
internal sealed record InputItem(string Path, string Display, string Relative)
{
    /// <summary>The output file name relative to the output directory: the relative path with <c>.json</c> for its extension.</summary>
    public string OutputName { get; init; } = System.IO.Path.ChangeExtension(Relative, ".json");
}

/// <summary>The inputs named on the command line, expanded.</summary>
/// <param name="Inputs">The inputs, in a stable order (as named; a directory's files in ordinal order).</param>
/// <param name="Missing">Names that matched nothing.</param>
/// <param name="HadDirectoryOrGlob">Whether a directory or glob was named (then the run is a batch).</param>
internal sealed record InputExpansion(List<InputItem> Inputs, List<string> Missing, bool HadDirectoryOrGlob)
{
    /// <summary>Expands files, directories (recursively) and globs (<c>*</c> and <c>?</c> in the file name part).</summary>
    public static InputExpansion Expand(IEnumerable<string> names)
    {
        var inputs = new List<InputItem>();
        var missing = new List<string>();
        var batchy = false;
        foreach (var name in names)
        {
            if (name == "-")
            {
                inputs.Add(new InputItem("-", "-", "stdin"));
            }
            else if (Directory.Exists(name))
            {
                batchy = true;
                foreach (var file in Directory.EnumerateFiles(name, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Order(StringComparer.Ordinal))
                {
                    if (file.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    inputs.Add(new InputItem(file, file, SafeRelative(Path.GetRelativePath(name, file))));
                }
            }
            else if (File.Exists(name))
            {
                inputs.Add(new InputItem(name, name, SafeRelative(Path.GetFileName(name))));
            }
            else if (name.IndexOfAny(['*', '?']) >= 0)
            {
                batchy = true;
                var directory = Path.GetDirectoryName(name);
                var pattern = Path.GetFileName(name);
                var root = string.IsNullOrEmpty(directory) ? "." : directory;
                if (!Directory.Exists(root) || pattern.Length == 0)
                {
                    missing.Add(name);
                    continue;
                }

                var matches = Directory.EnumerateFiles(root, pattern).Order(StringComparer.Ordinal).ToList();
                if (matches.Count == 0)
                {
                    missing.Add(name);
                }

                inputs.AddRange(matches.Select(m => new InputItem(m, m, SafeRelative(Path.GetFileName(m)))));
            }
            else
            {
                missing.Add(name);
            }
        }

        // Two inputs that would write the same JSON (x.pdf and x.txt) keep their extension in the name.
        var clashes = inputs.GroupBy(i => i.OutputName, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (clashes.Contains(inputs[i]))
            {
                inputs[i] = inputs[i] with { OutputName = inputs[i].Relative + ".json" };
            }
        }

        return new InputExpansion(inputs, missing, batchy);
    }

    /// <summary>A relative path that cannot leave the output directory: no root, no <c>..</c> segments.</summary>
    public static string SafeRelative(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not "." and not "..")
            .ToArray();
        return parts.Length == 0 ? "input" : string.Join('/', parts);
    }
}
