using System.Text;
using ParseKamerstuk.Diagnostics;
using ParseKamerstuk.Text;

namespace ParseKamerstuk.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Reads_UTF8_with_and_without_BOM()
    {
        var bytes = Encoding.UTF8.GetBytes("Kostić en ’s-Gravenhage");
        Assert.Equal("Kostić en ’s-Gravenhage", TextDecoder.Decode(bytes, out var fallback));
        Assert.False(fallback);
        Assert.Equal("Kostić en ’s-Gravenhage", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes], out _));
    }

    [Fact]
    public void Falls_back_to_Windows_1252()
    {
        // "geïnformeerd – ’s" in Windows-1252
        byte[] bytes = [.. "ge"u8, 0xEF, .. "nformeerd "u8, 0x96, (byte)' ', 0x92, (byte)'s'];
        Assert.Equal("geïnformeerd – ’s", TextDecoder.Decode(bytes, out var fallback));
        Assert.True(fallback);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        var exception = Assert.Throws<KamerstukInputException>(() => TextDecoder.Decode([0x00, 0x01, 0x02, 0x03, 0xFF], out _));
        Assert.Equal("binary data, not text", exception.Message);
    }

    [Fact]
    public void Normalizes_lines()
    {
        Assert.Equal("financiële efficiëntie", LineNormalizer.Normalize("  financie\u0308le\u00A0e\uFB03cie\u0308ntie \t "));
        Assert.Equal("Voortgangsrapportage", LineNormalizer.Normalize("Voortgangs\u00ADrapportage"));
    }
}
