using System.Globalization;
using System.Text;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Repairs a PDF that PdfPig cannot open because its cross-reference is broken, as poppler and qpdf do: a
/// <c>startxref</c> offset a few bytes off (Aspose.PDF points it at the white-space before its cross-reference
/// stream) is moved onto the section; a missing, cut or wrong cross-reference is rebuilt from the <c>N G obj</c>
/// headers and appended as a cross-reference stream, with the trailer's <c>/Root</c> and <c>/Info</c>, or the catalog
/// found among the objects when the trailer is gone. The objects themselves are never changed.
/// </summary>
internal static class PdfRepair
{
    // How far from its offset the cross-reference section is looked for.
    private const int Reach = 16;

    private const int MaxObjectNumber = 8_388_607;

    /// <summary>Repaired versions of the file, the smallest repair first, each with what was repaired.</summary>
    public static IEnumerable<(byte[] Data, string What)> Candidates(byte[] data, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        if (MoveStartXref(data) is { } moved)
        {
            yield return (moved, "its startxref offset, a few bytes off the cross-reference section, was moved onto it");
        }

        if (Rebuild(data, maxDecodedBytes, cancellationToken) is { } rebuilt)
        {
            yield return (rebuilt, "its cross-reference was rebuilt from the object headers");
        }
    }

    /// <summary>
    /// The file with its last <c>startxref</c> pointing at the cross-reference section (<c>xref</c>, or an object
    /// of <c>/Type/XRef</c>) nearest the offset it gives, or <see langword="null"/> when the offset is right or no
    /// section is near.
    /// </summary>
    internal static byte[]? MoveStartXref(byte[] data)
    {
        var keyword = data.AsSpan().LastIndexOf("startxref"u8);
        if (keyword < 0)
        {
            return null;
        }

        var start = keyword + 9;
        while (start < data.Length && PdfObjectScan.IsSpace(data[start]))
        {
            start++;
        }

        var end = start;
        long offset = 0;
        while (end < data.Length && data[end] is >= (byte)'0' and <= (byte)'9' && end - start < 12)
        {
            offset = (offset * 10) + (data[end++] - '0');
        }

        if (end == start || IsSection(data, offset))
        {
            return null;
        }

        for (var distance = 1; distance <= Reach; distance++)
        {
            foreach (var candidate in new[] { offset - distance, offset + distance })
            {
                if (IsSection(data, candidate))
                {
                    var number = Encoding.ASCII.GetBytes(candidate.ToString(CultureInfo.InvariantCulture));
                    return [.. data.AsSpan(0, start), .. number, .. data.AsSpan(end)];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The file with a cross-reference stream rebuilt from its object headers appended, or <see langword="null"/>
    /// when no catalog can be found or the file is encrypted.
    /// </summary>
    internal static byte[]? Rebuild(byte[] data, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        // 1. The objects, those in object streams too; the later of two with one number wins.
        var objects = PdfObjectScan.Scan(data, cancellationToken);
        var decoder = new PdfStreamDecoder(maxDecodedBytes);
        foreach (var stream in objects.Where(o => o.IsStream && o.Dictionary!.GetValueOrDefault("Type") is PdfName { Value: "ObjStm" }).ToList())
        {
            if (decoder.Decode(data, stream, v => v, keep: true) is { } decoded)
            {
                PdfObjectScan.AddCompressed(stream, decoded, objects);
            }
        }

        // Object numbers stop at 8,388,607 (ISO 32000-1, annex C); a larger one is a misread header, not an object.
        var live = PdfObjectScan.Live(objects.Where(o => o.Number <= MaxObjectNumber).ToList());

        // 2. The trailer: the last one written (a "trailer" dictionary or a cross-reference stream's), else the catalog.
        var trailer = PdfObjectScan.LastTrailer(data)
            ?? objects.LastOrDefault(o => o.IsStream && o.Dictionary!.GetValueOrDefault("Type") is PdfName { Value: "XRef" })?.Dictionary;
        if (trailer?.ContainsKey("Encrypt") == true)
        {
            return null;
        }

        var root = trailer?.GetValueOrDefault("Root") is PdfReference r && live.ContainsKey(r.Number)
            ? r.Number
            : live.Values.Where(o => o.Dictionary?.GetValueOrDefault("Type") is PdfName { Value: "Catalog" }).Select(o => (int?)o.Number).LastOrDefault();
        if (root is null || live.Values.Any(o => o.Index > ushort.MaxValue))
        {
            return null;
        }

        var info = trailer?.GetValueOrDefault("Info") is PdfReference i && live.ContainsKey(i.Number) ? $"/Info {i.Number} 0 R" : string.Empty;

        // 3. One entry of 1 + 4 + 2 bytes per object number: free, at an offset, or in an object stream.
        var self = live.Count == 0 ? 1 : live.Keys.Max() + 1;
        var at = data.Length + 1;
        var entries = new byte[(self + 1) * 7];
        for (var number = 0; number <= self; number++)
        {
            var entry = entries.AsSpan(number * 7, 7);
            if (number == self)
            {
                Write(entry, 1, at, 0);
            }
            else if (live.TryGetValue(number, out var o))
            {
                Write(entry, o.Container >= 0 ? 2 : 1, o.Container >= 0 ? o.Container : o.Offset, o.Container >= 0 ? o.Index : o.Generation);
            }
            else
            {
                Write(entry, 0, 0, number == 0 ? ushort.MaxValue : 0);
            }
        }

        var head = string.Create(CultureInfo.InvariantCulture, $"\n{self} 0 obj\n<</Type/XRef/Size {self + 1}/W[1 4 2]/Root {root} 0 R{info}/Length {entries.Length}>>\nstream\n");
        var tail = string.Create(CultureInfo.InvariantCulture, $"\nendstream\nendobj\nstartxref\n{at}\n%%EOF\n");
        return [.. data, .. Encoding.ASCII.GetBytes(head), .. entries, .. Encoding.ASCII.GetBytes(tail)];
    }

    private static void Write(Span<byte> entry, int type, long field, int generation)
    {
        entry[0] = (byte)type;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], (uint)field);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(entry[5..], (ushort)Math.Min(generation, ushort.MaxValue));
    }

    // "xref" or "12 0 obj <</Type/XRef" at the offset, after white-space or a delimiter.
    private static bool IsSection(byte[] data, long offset)
    {
        if (offset < 0 || offset >= data.Length || (offset > 0 && !PdfObjectScan.IsDelimiterOrSpace(data[offset - 1])))
        {
            return false;
        }

        var rest = data.AsSpan((int)offset);
        if (rest.StartsWith("xref"u8))
        {
            return true;
        }

        var obj = rest[..Math.Min(rest.Length, 32)].IndexOf("obj"u8);
        return obj > 0 && PdfObjectScan.HeaderBefore(data, (int)offset + obj, out _, out _, out var start) && start == offset
            && rest[..Math.Min(rest.Length, 512)].IndexOf("/XRef"u8) > 0;
    }
}
