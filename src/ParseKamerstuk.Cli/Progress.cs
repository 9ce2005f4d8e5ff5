using System.Globalization;

namespace ParseKamerstuk.Cli;

/// <summary>
/// Progress on standard error: a bar with count, rate and ETA redrawn in place when standard error is a terminal;
/// one plain line per file when it is not; nothing with <c>--quiet</c> or a single input.
/// </summary>
internal sealed class Progress
{
    private readonly CliEnvironment _environment;
    private readonly bool _enabled;
    private readonly int _total;
    private bool _drawn;

    public Progress(CliEnvironment environment, bool quiet, int total)
    {
        _environment = environment;
        _enabled = !quiet && total > 1;
        _total = total;
    }

    public void Report(int done, InputItem item, string? status, TimeSpan elapsed)
    {
        if (!_enabled)
        {
            return;
        }

        if (!_environment.StderrIsTerminal)
        {
            if (status is null)
            {
                return; // skipped files are counted in the summary, not listed
            }

            _environment.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{_total}] {item.Display}: {status}"));
            return;
        }

        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var eta = TimeSpan.FromSeconds((_total - done) / Math.Max(rate, 0.001));
        const int width = 30;
        var filled = (int)Math.Round(width * done / (double)_total);
        var bar = new string('#', filled) + new string('-', width - filled);
        _environment.Stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{bar}] {done}/{_total}  {rate:0.0} files/s  ETA {eta:hh\\:mm\\:ss} "));
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn)
        {
            _environment.Stderr.Write("\r" + new string(' ', 79) + "\r");
            _drawn = false;
        }
    }
}
