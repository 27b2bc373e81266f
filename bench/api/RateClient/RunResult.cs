using System.Diagnostics;
using System.Globalization;

namespace GeccPortal.Bench.RateClient;

/// <summary>What one fixed-rate run achieved: counts by outcome, and latency percentiles of the answered requests.</summary>
public sealed record RunResult(int Rate, TimeSpan Elapsed, int Ok, int NonSuccess, int Failed, int Dropped, IReadOnlyList<double> SortedMilliseconds)
{
    public static RunResult Of(int rate, TimeSpan elapsed, long[] latencies, Outcome[] outcomes)
    {
        var answered = new List<double>(latencies.Length);
        for (var i = 0; i < latencies.Length; i++)
        {
            if (outcomes[i] is Outcome.Ok or Outcome.NonSuccess)
            {
                answered.Add(latencies[i] * 1000.0 / Stopwatch.Frequency);
            }
        }

        answered.Sort();
        return new RunResult(rate, elapsed,
            outcomes.Count(o => o == Outcome.Ok), outcomes.Count(o => o == Outcome.NonSuccess),
            outcomes.Count(o => o == Outcome.Failed), outcomes.Count(o => o == Outcome.Dropped), answered);
    }

    /// <summary>The latency below which <paramref name="fraction"/> of the answered requests fell (nearest rank).</summary>
    public double Percentile(double fraction) =>
        SortedMilliseconds.Count == 0 ? double.NaN
            : SortedMilliseconds[Math.Clamp((int)Math.Ceiling(fraction * SortedMilliseconds.Count) - 1, 0, SortedMilliseconds.Count - 1)];

    /// <summary>One line of <c>key=value</c> fields, for the bench script to pick from.</summary>
    public string Describe()
    {
        var seconds = Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"rate={Rate} achieved={(Ok + NonSuccess) / seconds:0} ok={Ok} non2xx={NonSuccess} failed={Failed} dropped={Dropped} " +
            $"p50={Percentile(0.50):0.00}ms p90={Percentile(0.90):0.00}ms p99={Percentile(0.99):0.00}ms p999={Percentile(0.999):0.00}ms max={Percentile(1.0):0.00}ms");
    }
}
