using System.Text;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>Generates broken and hostile inputs from the samples and from scratch, deterministically (fixed seeds).</summary>
internal static class HostileInputs
{
    /// <summary>A named input.</summary>
    public sealed record Case(string Name, byte[] Data);

    public static IEnumerable<Case> All()
    {
        var random = new Random(20261128);
        var samples = Directory.EnumerateFiles(TestPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Data: File.ReadAllBytes(f)))
            .ToList();

        // 1. Truncations at 200 offsets per sample.
        foreach (var (name, data) in samples)
        {
            for (var i = 0; i < 200; i++)
            {
                var length = (int)((long)data.Length * i / 200);
                yield return new Case($"{name} truncated to {length}", data[..length]);
            }
        }

        // 2. Bit flips: 1 to 16 random bits, 250 variants per sample.
        foreach (var (name, data) in samples)
        {
            for (var i = 0; i < 250; i++)
            {
                var copy = (byte[])data.Clone();
                var flips = 1 + random.Next(16);
                for (var f = 0; f < flips; f++)
                {
                    var at = random.Next(copy.Length);
                    copy[at] ^= (byte)(1 << random.Next(8));
                }

                yield return new Case($"{name} with {flips} bit flips ({i})", copy);
            }
        }

        // 3. Random bytes, some behind a real magic number.
        for (var i = 0; i < 200; i++)
        {
            var junk = new byte[random.Next(1, 20000)];
            random.NextBytes(junk);
            byte[] prefix = (i % 4) switch
            {
                0 => "%PDF-1.7\n"u8.ToArray(),
                1 => "PK\u0003\u0004"u8.ToArray(),
                2 => "<?xml version=\"1.0\"?>"u8.ToArray(),
                _ => [],
            };
            yield return new Case($"random bytes {i}", [.. prefix, .. junk]);
        }

        // 4. Structurally hostile documents.
        yield return new Case("empty", []);
        yield return new Case("encrypted PDF", EncryptedPdf());
        yield return new Case("PDF without pages", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray());
        yield return new Case("deeply nested HTML", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "tekst" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"));
        yield return new Case("deeply nested XML", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><officiele-publicatie>" + string.Concat(Enumerable.Repeat("<al>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</al>", 100_000)) + "</officiele-publicatie>"));
        yield return new Case("XML entity expansion", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><officiele-publicatie><al>&d;&d;&d;</al></officiele-publicatie>"));
        yield return new Case("invalid UTF-8", [.. "Vraag 1\n"u8, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, .. "\nAntwoord 1\nJa.\n"u8]);
        yield return new Case("50 MB on one line", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Vraag 1 Kan de regering dit nader preciseren? ", 1_100_000))));
        yield return new Case("only newlines", Encoding.UTF8.GetBytes(new string('\n', 1_000_000)));
        yield return new Case("a million numbered items", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 200_000).Select(n => $"{n}. Vraag?\n"))));
        yield return new Case("UTF-16 text", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Vraag 1\nKan dat?\nAntwoord 1\nJa.")).ToArray());
        yield return new Case("legacy Word", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        yield return new Case("ZIP that is not Word", "PK\u0003\u0004\u0014\u0000\u0000\u0000"u8.ToArray());
    }

    // A minimal PDF with a cross-reference table whose trailer names a standard-security encryption dictionary
    // (its keys fit no password, the empty one included).
    public static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>",
        ];
        var text = new StringBuilder("%PDF-1.6\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
