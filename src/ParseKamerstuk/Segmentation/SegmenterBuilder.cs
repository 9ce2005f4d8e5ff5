namespace ParseKamerstuk.Segmentation;

/// <summary>
/// Builds a <see cref="Segmenter"/> from the standard paragraph rules, with rules of one's own inserted before or after
/// a standard one: <c>new SegmenterBuilder().InsertBefore&lt;LabeledQuestionRule&gt;(new MyRule()).Build()</c>.
/// </summary>
public sealed class SegmenterBuilder
{
    private readonly List<IParagraphRule> _rules = [.. Segmenter.Default.Rules];

    /// <summary>The rules so far, in the order they are tried.</summary>
    public IReadOnlyList<IParagraphRule> Rules => _rules;

    /// <summary>Inserts <paramref name="rule"/> just before the first rule of type <typeparamref name="TRule"/>.</summary>
    /// <exception cref="InvalidOperationException">No rule is of that type.</exception>
    public SegmenterBuilder InsertBefore<TRule>(IParagraphRule rule)
        where TRule : IParagraphRule
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Insert(IndexOf<TRule>(), rule);
        return this;
    }

    /// <summary>Inserts <paramref name="rule"/> just after the first rule of type <typeparamref name="TRule"/>.</summary>
    /// <exception cref="InvalidOperationException">No rule is of that type.</exception>
    public SegmenterBuilder InsertAfter<TRule>(IParagraphRule rule)
        where TRule : IParagraphRule
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Insert(IndexOf<TRule>() + 1, rule);
        return this;
    }

    /// <summary>Removes the first rule of type <typeparamref name="TRule"/>.</summary>
    /// <exception cref="InvalidOperationException">No rule is of that type.</exception>
    public SegmenterBuilder Remove<TRule>()
        where TRule : IParagraphRule
    {
        _rules.RemoveAt(IndexOf<TRule>());
        return this;
    }

    /// <summary>The segmenter with the rules in their order.</summary>
    public Segmenter Build() => new([.. _rules]);

    private int IndexOf<TRule>()
        where TRule : IParagraphRule
    {
        var index = _rules.FindIndex(r => r is TRule);
        return index >= 0 ? index : throw new InvalidOperationException($"The segmenter has no rule of type {typeof(TRule).Name}.");
    }
}
