using ParseKamerstuk.Json;

namespace ParseKamerstuk.Tests.Golden;

/// <summary>
/// Every document in <c>samples/</c> against its reviewed <c>*.verified.json</c>. On a mismatch the actual output is
/// written beside it as <c>*.received.json</c> (git-ignored) and the test fails; a missing golden fails too.
/// <c>UPDATE_GOLDEN=1</c> writes the verified files instead, for a person to review before committing.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".json", StringComparison.Ordinal) || name.Equals("README.md", StringComparison.Ordinal))
            {
                continue;
            }

            data.Add(Path.GetRelativePath(TestPaths.Samples, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_matches_its_verified_json(string sample)
    {
        // Given
        var input = Path.Combine(TestPaths.Samples, sample);
        var verified = Path.ChangeExtension(input, ".verified.json");
        var received = Path.ChangeExtension(input, ".received.json");

        // When
        var actual = KamerstukJson.Serialize(KamerstukParser.ParseFile(input));

        // Then
        Assert.Empty(SchemaCheck.Errors(actual));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }
        else
        {
            File.Delete(received);
        }

        Assert.True(expected is not null, $"{sample} has no verified JSON; review {Path.GetFileName(received)} and rename it.");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void There_are_samples()
    {
        Assert.NotEmpty(Samples());
    }
}
