using System.Diagnostics;
using CsCheck;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Json;
using ParseKamerstuk.Tests.Corpus;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>
/// Broken and hostile inputs end in a result or a clean <see cref="KamerstukInputException"/>, never another exception,
/// within a time bound per input; and what comes out is valid JSON.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void Every_generated_hostile_input_gives_a_result_or_a_clean_error()
    {
        // Given
        var cases = HostileInputs.All().ToList();
        var failures = new List<string>();

        // When
        foreach (var input in cases)
        {
            var outcome = Run(input.Data, input.Name);
            if (outcome is not null)
            {
                failures.Add($"{input.Name}: {outcome}");
            }
        }

        // Then
        Assert.True(cases.Count >= 2000, $"only {cases.Count} cases");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void Encrypted_pdf_is_named_as_such()
    {
        var encrypted = HostileInputs.All().Single(c => c.Name == "encrypted PDF");
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.Parse(encrypted.Data, "x.pdf"));
        Assert.Contains("encrypted", exception.Message, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Mutated_corpus_pdfs_give_a_result_or_a_clean_error()
    {
        // Property: for any corpus PDF, any truncation point and any set of overwritten bytes, parsing ends cleanly.
        var pdfs = CorpusFiles.Paths(".pdf").Where(p => new FileInfo(CorpusFiles.FullPath(p)).Length < 400_000).Select(p => File.ReadAllBytes(CorpusFiles.FullPath(p))).ToArray();
        var generator =
            from index in Gen.Int[0, pdfs.Length - 1]
            from cut in Gen.Double[0.05, 1.0]
            from edits in Gen.Select(Gen.Double[0, 1], Gen.Byte).Array[0, 24]
            select (index, cut, edits);
        generator.Sample(
            sample =>
            {
                var source = pdfs[sample.index];
                var data = source[..Math.Max(1, (int)(source.Length * sample.cut))];
                foreach (var (at, value) in sample.edits)
                {
                    data[(int)(at * (data.Length - 1))] = value;
                }

                var outcome = Run(data, "mutated.pdf");
                Assert.True(outcome is null, outcome);
            },
            iter: 150,
            threads: 1,
            seed: "0N0XIzNsQ0O2");
    }

    // Null when the input ended cleanly; otherwise what went wrong.
    private static string? Run(byte[] data, string name)
    {
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() =>
        {
            try
            {
                var document = KamerstukParser.Parse(data, name, new ParseOptions { MaxBytes = 64L * 1024 * 1024 });
                var json = KamerstukJson.Serialize(document, indented: false);
                return json.Length > 0 && json.EndsWith('\n') ? null : "empty output";
            }
            catch (KamerstukInputException exception)
            {
                if (exception.Message.Contains("Exception", StringComparison.Ordinal))
                {
                    return $"error message names an exception: {exception.Message}";
                }

                return exception.Message.Length > 0 && !exception.Message.Contains('\n', StringComparison.Ordinal) ? null : "error message is not one line";
            }
#pragma warning disable CA1031 // The test reports any other exception as a failure.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return $"{exception.GetType().Name}: {exception.Message}";
            }
        });
        if (!task.Wait(s_bound))
        {
            return $"no result after {s_bound.TotalSeconds} s";
        }

        return task.Result ?? (clock.Elapsed > s_bound ? "too slow" : null);
    }
}
