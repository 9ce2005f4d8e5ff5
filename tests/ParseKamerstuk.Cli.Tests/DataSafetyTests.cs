namespace ParseKamerstuk.Cli.Tests;

/// <summary>No input's result is lost: one naming rule, mirrored folders, refused collisions, content-checked resumption.</summary>
public sealed class DataSafetyTests
{
    private static string Seed => File.ReadAllText(CliRunner.SeedSample);

    private static string[] OutputsUnder(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Two_folders_with_the_same_file_name_mirror_their_paths_from_the_common_ancestor()
    {
        // Given two folders that each hold a stuk.txt, with different content
        var root = CliRunner.TempDirectory();
        Directory.CreateDirectory(Path.Combine(root, "a", "2023"));
        Directory.CreateDirectory(Path.Combine(root, "b", "2024"));
        File.WriteAllText(Path.Combine(root, "a", "2023", "stuk.txt"), Seed);
        File.WriteAllText(Path.Combine(root, "b", "2024", "stuk.txt"), Seed.Replace("1 mei 2018", "2 mei 2018", StringComparison.Ordinal));
        var output = Path.Combine(root, "out");

        // When both folders are parsed into one directory, and then both files named as a shell's glob expands them
        var folders = CliRunner.Run(["parse", Path.Combine(root, "a", "2023"), Path.Combine(root, "b", "2024"), "-o", output, "--quiet"]);
        var files = CliRunner.Run(["parse", Path.Combine(root, "a", "2023", "stuk.txt"), Path.Combine(root, "b", "2024", "stuk.txt"), "-o", output + "2", "--quiet"]);

        // Then each result has a file of its own
        Assert.Equal(0, folders.ExitCode);
        Assert.Equal(["a/2023/stuk.txt.json", "b/2024/stuk.txt.json"], OutputsUnder(output));
        Assert.NotEqual(File.ReadAllText(Path.Combine(output, "a", "2023", "stuk.txt.json")), File.ReadAllText(Path.Combine(output, "b", "2024", "stuk.txt.json")));
        Assert.Equal(0, files.ExitCode);
        Assert.Equal(["a/2023/stuk.txt.json", "b/2024/stuk.txt.json"], OutputsUnder(output + "2"));
    }

    [Fact]
    public void Two_inputs_that_would_write_one_file_are_refused_before_any_work_naming_both()
    {
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "x.txt");
        File.WriteAllText(input, Seed);
        var again = Path.Combine(root, ".", "x.txt");
        var output = Path.Combine(root, "out");

        var result = CliRunner.Run(["parse", input, again, "-o", output]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"parsekamerstuk: {input} and {again} would both be written to {Path.Join(output, "x.txt.json")}; nothing was parsed\n", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Names_that_differ_only_in_extension_or_a_backslash_give_distinct_outputs_under_any_jobs(string jobs)
    {
        // Given x.txt, x.pdf and x.txt.xml in one folder, and a file named a\b.txt beside a/b.txt
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(Path.Combine(input, "a"));
        File.WriteAllText(Path.Combine(input, "x.txt"), Seed);
        File.Copy(CliRunner.Sample("pdf", "ah-tk-20232024-9901.pdf"), Path.Combine(input, "x.pdf"));
        File.WriteAllText(Path.Combine(input, "x.txt.xml"), "<?xml version=\"1.0\"?><officiele-publicatie><al>Den Haag, 1 mei 2018</al></officiele-publicatie>");
        File.WriteAllText(Path.Combine(input, "a", "b.txt"), Seed);
        File.WriteAllText(Path.Combine(input, "a\\b.txt"), Seed.Replace("1 mei 2018", "3 mei 2018", StringComparison.Ordinal));
        var output = Path.Combine(root, "out");

        // When the folder is parsed
        var result = CliRunner.Run(["parse", input, "-o", output, "--jobs", jobs, "--quiet"]);

        // Then every input has its own output
        Assert.True(result.ExitCode is 0 or 2, result.Stderr);
        Assert.Equal(["a/b.txt.json", "a\\b.txt.json", "x.pdf.json", "x.txt.json", "x.txt.xml.json"], OutputsUnder(output).Order(StringComparer.Ordinal));
        Assert.Contains("1 mei 2018", File.ReadAllText(Path.Combine(output, "a", "b.txt.json")), StringComparison.Ordinal);
        Assert.Contains("3 mei 2018", File.ReadAllText(Path.Combine(output, "a\\b.txt.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_of_one_name_from_a_list_give_distinct_outputs()
    {
        var root = CliRunner.TempDirectory();
        Directory.CreateDirectory(Path.Combine(root, "one"));
        Directory.CreateDirectory(Path.Combine(root, "two"));
        File.WriteAllText(Path.Combine(root, "one", "doc.txt"), Seed);
        File.WriteAllText(Path.Combine(root, "two", "doc.txt"), Seed);
        var list = Path.Combine(root, "list.txt");
        File.WriteAllText(list, Path.Combine(root, "one", "doc.txt") + "\n" + Path.Combine(root, "two", "doc.txt") + "\n");
        var output = Path.Combine(root, "out");

        var result = CliRunner.Run(["parse", "--files-from", list, "-o", output, "--quiet"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["one/doc.txt.json", "two/doc.txt.json"], OutputsUnder(output));
    }

    [Fact]
    public void One_input_to_a_directory_is_named_with_its_extension_as_in_a_batch()
    {
        var root = CliRunner.TempDirectory();
        var input = Path.Combine(root, "x.txt");
        File.WriteAllText(input, Seed);
        var output = Path.Combine(root, "out") + "/";

        Assert.Equal(0, CliRunner.Run(["parse", input, "-o", output]).ExitCode);

        Assert.Equal(["x.txt.json"], OutputsUnder(output));
    }

    [Fact]
    public void A_walk_takes_documents_only_counts_the_rest_and_never_reads_the_output_directory()
    {
        // Given a folder with one document, a manifest, a verified JSON and a README without extension
        var root = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(root, "doc.txt"), Seed);
        File.WriteAllText(Path.Combine(root, "MANIFEST.tsv"), "name\tsha256\ndoc.txt\t0\n");
        File.WriteAllText(Path.Combine(root, "doc.verified.json"), "{}\n");
        File.WriteAllText(Path.Combine(root, "README"), "Den Haag, 1 mei 2018\n");
        var output = Path.Combine(root, "json");

        // When it is parsed into a directory inside it, twice
        var first = CliRunner.Run(["parse", root, "-o", output]);
        var second = CliRunner.Run(["parse", root, "-o", output]);

        // Then only the document is taken, the rest is counted as skipped, and the output is not read back in
        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("1 parsed, 3 skipped, 1 with warnings, 0 failed\n", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(first.Stderr, second.Stderr);
        Assert.Equal(["doc.txt.json"], OutputsUnder(output));

        // A file named explicitly is still taken
        var named = CliRunner.Run(["parse", Path.Combine(root, "MANIFEST.tsv"), Path.Combine(root, "doc.txt"), "--jsonl"]);
        Assert.Contains(", 0 skipped,", named.Stderr, StringComparison.Ordinal);
    }
}
