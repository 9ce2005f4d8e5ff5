using System.Text;
using ParseKamerstuk.Diagnostics;

namespace ParseKamerstuk.Reading;

/// <summary>
/// Checks a PDF before PdfPig reads it, for what PdfPig cannot survive: it follows references, <c>/Length</c>
/// references, <c>/Kids</c> and form XObjects that draw other forms recursively, so a cycle or a chain of 100,000
/// levels overflows the stack (which ends the process: .NET cannot catch it), and it inflates streams without bound.
/// One linear pass over the objects (<see cref="PdfObjectScan"/>, object streams included) builds the graph of those
/// references and refuses a cycle or a chain deeper than <see cref="MaxDepth"/>; every stream PdfPig decodes is
/// inflated with a count (<see cref="PdfStreamDecoder"/>) and the document refused past
/// <see cref="ParseOptions.MaxDecodedBytes"/>.
/// </summary>
internal static class PdfStructureCheck
{
    /// <summary>The deepest chain of references, tree levels or forms drawing forms accepted.</summary>
    public const int MaxDepth = 256;

    private enum EdgeKind
    {
        // "4 0 obj 5 0 R endobj": an object that is a reference.
        Reference,

        // "<</Length 5 0 R>> stream": the stream's length is read from another object.
        Length,

        // "<</Kids [5 0 R 6 0 R]>>": a node of a names, number or field tree.
        Kids,

        // "<</Type/Pages/Kids [5 0 R]>>": a page tree node; PdfPig survives cycles here, so only the depth counts.
        PageKids,

        // "/Fm1 Do" in a form's content: the form draws the form its resources (or its caller's) name Fm1.
        Draws,
    }

    /// <summary>Refuses a file that would crash or exhaust PdfPig.</summary>
    /// <exception cref="KamerstukInputException">A reference cycle, a chain too deep, or a decompression bomb.</exception>
    public static void Check(byte[] data, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        // 1. The objects, the later of two with one number winning (an incremental update), those of object streams
        //    at their stream's place.
        var objects = PdfObjectScan.Scan(data, cancellationToken);
        var decoder = new PdfStreamDecoder(maxDecodedBytes);
        var live = PdfObjectScan.Live(objects);
        object? Resolve(object? value)
        {
            for (var hop = 0; hop < MaxDepth && value is PdfReference reference; hop++)
            {
                value = live.TryGetValue(reference.Number, out var target) ? target.Value : null;
            }

            return value is PdfReference ? null : value;
        }

        foreach (var stream in objects.Where(o => o.IsStream && IsName(o.Dictionary!, "Type", "ObjStm")).ToList())
        {
            if (decoder.Decode(data, stream, Resolve, keep: true) is { } decoded)
            {
                PdfObjectScan.AddCompressed(stream, decoded, objects);
            }
        }

        live = PdfObjectScan.Live(objects);

        // 2. Every stream PdfPig may decode, counted; the content of forms kept. Images are decoded only when asked.
        var forms = new Dictionary<int, byte[]>();
        foreach (var stream in live.Values.Where(o => o.IsStream).OrderBy(o => o.Offset))
        {
            var dictionary = stream.Dictionary!;
            if (IsName(dictionary, "Type", "ObjStm") || IsName(dictionary, "Subtype", "Image") || IsName(dictionary, "Type", "EmbeddedFile"))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var form = IsName(dictionary, "Subtype", "Form");
            if (decoder.Decode(data, stream, Resolve, keep: form) is { } content && form)
            {
                forms[stream.Number] = content;
            }
        }

        // 3. The graph of what PdfPig follows recursively.
        var numbers = live.Keys.Order().ToArray();
        var index = new Dictionary<int, int>(numbers.Length);
        for (var i = 0; i < numbers.Length; i++)
        {
            index[numbers[i]] = i;
        }

        var edges = new List<(int To, EdgeKind Kind)>?[numbers.Length];
        void Add(int from, object? to, EdgeKind kind)
        {
            if (to is PdfReference reference && index.TryGetValue(reference.Number, out var target))
            {
                (edges[index[from]] ??= []).Add((target, kind));
            }
        }

        var xobjects = new List<Dictionary<string, object?>>();
        foreach (var o in live.Values)
        {
            if (o.Value is PdfReference)
            {
                Add(o.Number, o.Value, EdgeKind.Reference);
            }

            if (o.Dictionary is not { } dictionary)
            {
                continue;
            }

            if (o.IsStream && dictionary.GetValueOrDefault("Length") is PdfReference length && length.Number != o.Number)
            {
                Add(o.Number, length, EdgeKind.Length);
            }

            if (Resolve(dictionary.GetValueOrDefault("Kids")) is List<object?> kids)
            {
                var kind = IsName(dictionary, "Type", "Pages") ? EdgeKind.PageKids : EdgeKind.Kids;
                kids.ForEach(kid => Add(o.Number, kid, kind));
            }

            CollectXObjectDictionaries(dictionary, Resolve, xobjects);
        }

        // A form without its own resources (or without the name) draws what the resources it is drawn from name.
        var drawnFrom = new Dictionary<int, List<Dictionary<string, object?>>>();
        foreach (var resources in xobjects.Distinct(ReferenceEqualityComparer.Instance).Cast<Dictionary<string, object?>>())
        {
            foreach (var value in resources.Values.OfType<PdfReference>().DistinctBy(r => r.Number))
            {
                (drawnFrom.TryGetValue(value.Number, out var list) ? list : drawnFrom[value.Number] = []).Add(resources);
            }
        }

        foreach (var (number, content) in forms)
        {
            var dictionary = live[number].Dictionary!;
            var own = Resolve(Resolve(dictionary.GetValueOrDefault("Resources")) is Dictionary<string, object?> r ? r.GetValueOrDefault("XObject") : null) as Dictionary<string, object?>;
            foreach (var name in DrawnNames(content))
            {
                if (own is not null && own.TryGetValue(name, out var target))
                {
                    Add(number, target, EdgeKind.Draws);
                }
                else if (drawnFrom.TryGetValue(number, out var callers))
                {
                    callers.ForEach(c => Add(number, c.GetValueOrDefault(name), EdgeKind.Draws));
                }
            }
        }

        // 4. No cycle (page trees aside), no chain deeper than the limit.
        if (FindCycle(edges) is { } cycle)
        {
            throw new KamerstukInputException(cycle.Kind == EdgeKind.Draws
                ? $"a form XObject that draws itself (object {numbers[cycle.Node]})"
                : $"a reference cycle in object {numbers[cycle.Node]}");
        }

        if (Deepest(edges) is { Depth: > MaxDepth } deepest)
        {
            throw new KamerstukInputException(deepest.Kind switch
            {
                EdgeKind.PageKids => $"a page tree {deepest.Depth} deep",
                EdgeKind.Kids => $"a names tree {deepest.Depth} deep",
                EdgeKind.Draws => $"form XObjects drawn {deepest.Depth} deep",
                _ => $"a chain of references {deepest.Depth} deep",
            });
        }
    }

    private static bool IsName(Dictionary<string, object?> dictionary, string key, string name) =>
        dictionary.GetValueOrDefault(key) is PdfName value && value.Value == name;

    // Every "/XObject" dictionary in a value: the names resources give to forms and images.
    private static void CollectXObjectDictionaries(object? value, Func<object?, object?> resolve, List<Dictionary<string, object?>> found)
    {
        switch (value)
        {
            case Dictionary<string, object?> dictionary:
                foreach (var (key, item) in dictionary)
                {
                    if (key == "XObject" && resolve(item) is Dictionary<string, object?> xobjects)
                    {
                        found.Add(xobjects);
                    }
                    else if (key == "Resources" && item is PdfReference)
                    {
                        CollectXObjectDictionaries(resolve(item), resolve, found);
                    }
                    else
                    {
                        CollectXObjectDictionaries(item, resolve, found);
                    }
                }

                break;
            case List<object?> array:
                array.ForEach(item => CollectXObjectDictionaries(item, resolve, found));
                break;
        }
    }

    /// <summary>The names a content stream draws: <c>/Fm1 Do</c>.</summary>
    internal static HashSet<string> DrawnNames(byte[] content)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var from = 0;
        int hit;
        while ((hit = content.AsSpan(from).IndexOf("Do"u8)) >= 0)
        {
            var at = from + hit;
            from = at + 2;
            if ((from < content.Length && !PdfObjectScan.IsDelimiterOrSpace(content[from])) || at == 0 || !PdfObjectScan.IsSpace(content[at - 1]))
            {
                continue;
            }

            var end = at - 1;
            while (end >= 0 && PdfObjectScan.IsSpace(content[end]))
            {
                end--;
            }

            var start = end;
            while (start >= 0 && !PdfObjectScan.IsDelimiterOrSpace(content[start]))
            {
                start--;
            }

            if (start >= 0 && content[start] == '/' && end > start)
            {
                names.Add(Encoding.Latin1.GetString(content, start + 1, end - start));
            }
        }

        return names;
    }

    // A node on a cycle (depth-first, the first back edge in object order) and the kind of the edge closing it; page
    // tree edges do not count.
    private static (int Node, EdgeKind Kind)? FindCycle(List<(int To, EdgeKind Kind)>?[] edges)
    {
        var state = new byte[edges.Length];
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < edges.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.TryPop(out var top))
            {
                var outgoing = edges[top.Node];
                if (outgoing is null || top.Next >= outgoing.Count)
                {
                    state[top.Node] = 2;
                    continue;
                }

                stack.Push((top.Node, top.Next + 1));
                var (to, kind) = outgoing[top.Next];
                if (kind == EdgeKind.PageKids)
                {
                    continue;
                }

                if (state[to] == 1)
                {
                    return (to, kind);
                }

                if (state[to] == 0)
                {
                    state[to] = 1;
                    stack.Push((to, 0));
                }
            }
        }

        return null;
    }

    // The longest chain in edges (cycles through page trees cut where they close) and the kind of its first edge.
    private static (int Depth, EdgeKind Kind)? Deepest(List<(int To, EdgeKind Kind)>?[] edges)
    {
        var state = new byte[edges.Length];
        var depth = new int[edges.Length];
        var first = new EdgeKind[edges.Length];
        var stack = new Stack<(int Node, int Next)>();
        (int Depth, EdgeKind Kind)? deepest = null;
        for (var root = 0; root < edges.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.TryPop(out var top))
            {
                var outgoing = edges[top.Node];
                if (outgoing is null || top.Next >= outgoing.Count)
                {
                    state[top.Node] = 2;
                    foreach (var (to, kind) in outgoing ?? [])
                    {
                        if (state[to] == 2 && depth[to] + 1 > depth[top.Node])
                        {
                            depth[top.Node] = depth[to] + 1;
                            first[top.Node] = kind;
                        }
                    }

                    if (depth[top.Node] > (deepest?.Depth ?? 0))
                    {
                        deepest = (depth[top.Node], first[top.Node]);
                    }

                    continue;
                }

                stack.Push((top.Node, top.Next + 1));
                var next = outgoing[top.Next].To;
                if (state[next] == 0)
                {
                    state[next] = 1;
                    stack.Push((next, 0));
                }
            }
        }

        return deepest;
    }
}
