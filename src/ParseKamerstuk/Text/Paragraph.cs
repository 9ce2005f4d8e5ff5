namespace ParseKamerstuk.Text;

/// <summary>A run of lines that belong together (a paragraph, a heading, a signature), in source order.</summary>
public sealed class Paragraph
{
    private string? _text;

    /// <summary>Creates a paragraph of <paramref name="lines"/>.</summary>
    internal Paragraph(IReadOnlyList<SourceLine> lines, Dehyphenator dehyphenator)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dehyphenator);
        Lines = lines;
        Dehyphenator = dehyphenator;
    }

    /// <summary>The lines, never blank.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The dehyphenator used to join the lines.</summary>
    internal Dehyphenator Dehyphenator { get; }

    /// <summary>The lines joined into one line, line-break hyphens resolved.</summary>
    public string Text => _text ??= Conventions.InlineSpacing.Close(JoinLines(Lines, Dehyphenator));

    /// <summary>The first line's text.</summary>
    public string FirstLine => Lines[0].Text;

    /// <summary>The 1-based pages, or <see langword="null"/> for inputs without pages.</summary>
    public IReadOnlyList<int>? Pages => PagesOf(Lines);

    /// <summary>Joins lines into one line.</summary>
    internal static string JoinLines(IEnumerable<SourceLine> lines, Dehyphenator dehyphenator)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dehyphenator);
        if (lines is IReadOnlyList<SourceLine> { Count: 1 } single)
        {
            return single[0].Text; // one line, maybe a whole page: no copy
        }

        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            dehyphenator.JoinInto(text, line.Text);
        }

        return text.ToString();
    }

    /// <summary>The distinct pages of <paramref name="lines"/> in order, or <see langword="null"/> when they have none.</summary>
    internal static IReadOnlyList<int>? PagesOf(IEnumerable<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<int>? pages = null;
        foreach (var line in lines)
        {
            if (line.Page is { } page)
            {
                pages ??= [];
                if (!pages.Contains(page))
                {
                    pages.Add(page);
                }
            }
        }

        pages?.Sort();
        return pages;
    }

    /// <summary>The distinct pages of several paragraphs.</summary>
    internal static IReadOnlyList<int>? PagesOf(IEnumerable<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return PagesOf(paragraphs.SelectMany(p => p.Lines));
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
