namespace SalesCoach.Bench.Servers;

/// <summary>Storage calls made during one measured round and the total milliseconds they took.</summary>
public sealed record StorageSample(long Reads, double ReadMs, long Writes, double WriteMs)
{
    public double MeanReadMs => Reads == 0 ? 0 : ReadMs / Reads;
    public double MeanWriteMs => Writes == 0 ? 0 : WriteMs / Writes;
}
