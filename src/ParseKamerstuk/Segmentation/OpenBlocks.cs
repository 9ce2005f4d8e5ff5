namespace ParseKamerstuk.Segmentation;

/// <summary>A block that is open while the paragraphs after its first are read: it is on <see cref="OpenBlocks"/>.</summary>
public abstract class OpenBlock
{
}

/// <summary>
/// The blocks that are open, innermost last. Only the segmenter creates it, one per document; rules open blocks on it,
/// find the innermost open block of a kind, and close blocks. Closing a block closes every block opened after it.
/// </summary>
public sealed class OpenBlocks
{
    private readonly List<OpenBlock> _open = [];

    internal OpenBlocks()
    {
    }

    /// <summary>The open blocks, outermost first.</summary>
    public IReadOnlyList<OpenBlock> All => _open;

    /// <summary>Opens <paramref name="block"/> inside the blocks that are open.</summary>
    public void Push(OpenBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _open.Add(block);
    }

    /// <summary>The innermost open block of kind <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    public T? Innermost<T>()
        where T : OpenBlock
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i] is T block)
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>Closes the innermost open block of kind <typeparamref name="T"/> and every block opened after it; whether there was one.</summary>
    public bool Close<T>()
        where T : OpenBlock
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i] is T)
            {
                _open.RemoveRange(i, _open.Count - i);
                return true;
            }
        }

        return false;
    }

    /// <summary>Closes every open block.</summary>
    public void CloseAll() => _open.Clear();
}
