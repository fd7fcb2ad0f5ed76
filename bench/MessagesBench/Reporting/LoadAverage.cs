namespace SalesCoach.Bench.Reporting;

/// <summary>
/// The Linux load average (1, 5, 15 min), recorded before and after a run: above the core count it means
/// other processes (builds in other worktrees) competed for the CPU and wall-clock figures are pessimistic.
/// </summary>
public static class LoadAverage
{
    public static string? Read()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : null;
    }
}
