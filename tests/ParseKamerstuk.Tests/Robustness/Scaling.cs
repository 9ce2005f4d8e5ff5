using System.Diagnostics;

namespace ParseKamerstuk.Tests.Robustness;

/// <summary>The scaling checks run one at a time: another test's work on the same cores would blur their figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScalingGroup
{
    public const string Name = "scaling";
}

/// <summary>
/// Whether the time a step takes grows in proportion to its input: the step on an input of size n and of size 10 n,
/// where linear work takes about 10 times as long and quadratic work 100 times. The bound is generous (40 times:
/// a larger heap costs the collector more per object), each figure the fastest of a few runs, so a busy machine slows
/// both sizes alike and does not fail the check.
/// </summary>
internal static class Scaling
{
    public static void AssertLinear<T>(Func<int, T> build, Func<T, object?> step, int n, double bound = 40)
    {
        var small = build(n);
        var large = build(10 * n);
        step(small); // compiled and warm
        var smallTime = Fastest(() => step(small), 5);
        var largeTime = double.MaxValue;
        for (var run = 0; run < 5 && largeTime >= bound * smallTime; run++)
        {
            largeTime = Math.Min(largeTime, Time(() => step(large)));
        }

        Assert.True(
            largeTime < bound * smallTime,
            $"n = {n}: {smallTime * 1000:F1} ms, 10 n: {largeTime * 1000:F1} ms, {largeTime / smallTime:F0} times as long (linear: about 10)");
    }

    private static double Fastest(Func<object?> action, int runs)
    {
        var fastest = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            fastest = Math.Min(fastest, Time(action));
        }

        return fastest;
    }

    private static double Time(Func<object?> action)
    {
        // Garbage of the run before is collected now, not inside this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return clock.Elapsed.TotalSeconds;
    }
}
