using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using SalesCoach.Bench.Reporting;
using SalesCoach.Data.Diagnostics;

namespace SalesCoach.Bench.Mixed;

/// <summary>
/// Listens to the bot's stage histogram (TurnStages) while rounds run, so the report can say which stage a
/// slow turn spent its time in: wall time, so on a loaded machine it includes waiting for a core, but a
/// stage that sleeps or queues (a lock, a busy database) stands out from one that computes.
/// </summary>
public sealed class StageTimings : IDisposable
{
    private readonly MeterListener _listener = new();
    private ConcurrentQueue<(string Stage, double Ms)> _samples = new();

    public StageTimings()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TurnStages.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == TurnStages.StageTag && tag.Value is string stage) _samples.Enqueue((stage, value));
        });
        _listener.Start();
    }

    /// <summary>What was recorded since the last call, by stage.</summary>
    public Dictionary<string, List<double>> Take()
    {
        var taken = Interlocked.Exchange(ref _samples, new());
        return taken.GroupBy(s => s.Stage).ToDictionary(g => g.Key, g => g.Select(s => s.Ms).ToList());
    }

    /// <summary>One line per stage: how often per turn, mean, p50, p99, max, and how many took 100 ms or more.</summary>
    public static void Write(TextWriter output, IReadOnlyDictionary<string, List<double>> stages, int turns)
    {
        output.WriteLine("stages (wall ms, mixed rounds pooled): stage  per-turn  mean  p50  p99  max  >=100ms");
        foreach (var (stage, values) in stages.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var sorted = values.Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-16} {(double)sorted.Length / Math.Max(turns, 1),6:F2} {sorted.Average(),7:F2} {Percentiles.Of(sorted, 50),7:F2} {Percentiles.Of(sorted, 99),7:F2} {sorted[^1],8:F1} {sorted.Count(v => v >= 100),6}"));
        }
    }

    public void Dispose() => _listener.Dispose();
}
