using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Tests;

/// <summary>The façade's entry points: what a file that cannot be read is told.</summary>
public sealed class KamerstukParserTests
{
    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        // Given a path where no file is,
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        // when it is parsed, then the input is refused, with a plain reason.
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.Equal("no such file", exception.Message);
    }

    [Fact]
    public void A_file_in_a_missing_directory_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "parsekamerstuk-missing-" + Guid.NewGuid().ToString("N"), "x.txt");
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.Equal("no such file or directory", exception.Message);
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(Path.GetTempPath()));
        Assert.Equal("is a directory", exception.Message);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_input_error()
    {
        // Given a file that opens but fails on reading (the memory of this process, whose first page is unmapped;
        // a file without read permission would not do: the tests may run as root),
        const string path = "/proc/self/mem";

        // when it is parsed, then the input is refused.
        var exception = Assert.Throws<KamerstukInputException>(() => KamerstukParser.ParseFile(path));
        Assert.DoesNotContain("Exception", exception.Message, StringComparison.Ordinal);
    }
}
