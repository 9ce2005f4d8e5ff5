namespace ParseKamerstuk.Cli;

/// <summary>
/// Standard error that cannot stop a run: once a write fails (standard error closed with <c>2&gt;&amp;-</c>, or a
/// pipe whose reader is gone), the messages are dropped and the run goes on; the exit code still tells the outcome.
/// </summary>
internal sealed class QuietOnFailureWriter : TextWriter
{
    private readonly TextWriter _inner;
    private bool _failed;

    public QuietOnFailureWriter(TextWriter inner)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override System.Text.Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void Flush() => Guard(_inner.Flush);

    private void Guard(Action write)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A closed descriptor is EBADF, which .NET reports as UnauthorizedAccessException.
            _failed = true;
        }
    }
}
