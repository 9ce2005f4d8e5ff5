using System.Diagnostics;
using System.Globalization;

namespace ParseKamerstuk.Cli;

/// <summary>
/// Progress on standard error. On a terminal: one bar redrawn in place, as wide as the terminal, with the count, the
/// rate of parsed files, an ETA weighted by bytes (largest-first makes a count of files a poor guide) and the current
/// file. When standard error is not a terminal: one plain line per processed file. Nothing with <c>--quiet</c>, a
/// single input, or when standard output is the same terminal (JSON Lines to a screen: a bar would draw over it).
/// Skipped files are not listed; they count in the summary.
/// </summary>
internal sealed class Progress
{
    private readonly CliEnvironment _environment;
    private readonly bool _lines;
    private readonly bool _bar;
    private readonly int _total;
    private readonly long _totalBytes;
    private readonly Func<TimeSpan> _clock;
    private int _done;
    private int _processed;
    private long _processedBytes;
    private long _skippedBytes;
    private bool _drawn;

    /// <summary>Progress over <paramref name="items"/>; <paramref name="clock"/> gives the time since the start.</summary>
    public Progress(CliEnvironment environment, bool quiet, IReadOnlyList<InputItem> items, Func<TimeSpan>? clock = null)
    {
        _environment = environment;
        var enabled = !quiet && items.Count > 1;
        _lines = enabled && !environment.StderrIsTerminal;
        _bar = enabled && environment.StderrIsTerminal && !environment.StdoutIsTerminal;
        _total = items.Count;
        _totalBytes = items.Sum(i => i.Size);
        var stopwatch = Stopwatch.StartNew();
        _clock = clock ?? (() => stopwatch.Elapsed);
    }

    /// <summary>Reports <paramref name="item"/> as done with <paramref name="status"/>, or skipped when it is <see langword="null"/>.</summary>
    public void Report(InputItem item, string? status)
    {
        _done++;
        if (status is null)
        {
            _skippedBytes += item.Size;
        }
        else
        {
            _processed++;
            _processedBytes += item.Size;
        }

        if (_lines && status is not null)
        {
            _environment.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_done}/{_total}] {Messages.Name(item.Display)}: {status}"));
        }
        else if (_bar)
        {
            _environment.Stderr.Write("\r" + Bar(Messages.Name(item.Display)));
            _drawn = true;
        }
    }

    /// <summary>Removes the bar, before a message line or at the end.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            _environment.Stderr.Write("\r" + new string(' ', Width) + "\r");
            _drawn = false;
        }
    }

    // One column is left free: a terminal that wraps at the last column would otherwise scroll at each redraw.
    private int Width => Math.Max(_environment.TerminalWidth - 1, 20);

    // "[#####-----] 12/900  3.4 files/s  ETA 00:04:10  dossier/stuk.pdf", cut to the width of the terminal.
    private string Bar(string current)
    {
        var seconds = Math.Max(_clock().TotalSeconds, 0.001);
        var rate = _processed / seconds;
        var remaining = Math.Max(_totalBytes - _processedBytes - _skippedBytes, 0);
        var eta = _processedBytes > 0 && remaining > 0
            ? TimeSpan.FromSeconds(Math.Min(remaining / (_processedBytes / seconds), 359_999)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : _done >= _total ? "00:00:00" : "--:--:--";
        var counts = string.Create(CultureInfo.InvariantCulture, $" {_done}/{_total}  {rate:0.0} files/s  ETA {eta}  ");
        var barWidth = Math.Clamp(Width - counts.Length - 2 - 12, 5, 30);
        var filled = (int)Math.Round(barWidth * (_processedBytes + _skippedBytes) / (double)Math.Max(_totalBytes, 1));
        if (_totalBytes == 0)
        {
            filled = (int)Math.Round(barWidth * _done / (double)_total);
        }

        var line = "[" + new string('#', filled) + new string('-', barWidth - filled) + "]" + counts;
        var room = Width - line.Length;
        if (room <= 1)
        {
            return line[..Math.Min(line.Length, Width)];
        }

        return line + (current.Length <= room ? current.PadRight(room) : "…" + current[^(room - 1)..]);
    }
}
