using System.Globalization;

namespace SalesCoach.Bench.Reporting;

/// <summary>
/// The run's summary as one TSV line for bench/results/messages.tsv (the regression guard): the figures
/// the targets are judged on, which commit they belong to, and how busy the machine was.
/// </summary>
public static class ResultLine
{
    public const string Header = "date_utc\tcommit\tconversations\tturns_per_conversation\trounds\techo_turns_per_s\thelp_turns_per_s\thelp_echo\thelp_p50_ms\thelp_p99_ms\techo_cpu_ms_per_turn\thelp_cpu_ms_per_turn\tload_before\tfailed\tnote";

    public static string From(BenchReport report, string commit) => string.Join('\t',
        report.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), commit,
        Inv($"{report.Options.Conversations}"), Inv($"{report.Options.TurnsPerConversation}"), Inv($"{report.Options.Rounds}"),
        Inv($"{report.Echo.TurnsPerSecond:F0}"), Inv($"{report.Help.TurnsPerSecond:F0}"), Inv($"{report.ThroughputRatio:F2}"),
        Inv($"{report.Help.P50Ms:F1}"), Inv($"{report.Help.P99Ms:F1}"), Inv($"{report.Echo.CpuMsPerTurn:F2}"), Inv($"{report.Help.CpuMsPerTurn:F2}"),
        report.LoadAverageBefore ?? "", Inv($"{report.Echo.TotalFailures + report.Help.TotalFailures}"),
        report.Options.Diagnostic ? "diagnostics on" : "");

    public static void Append(string path, BenchReport report, string commit)
    {
        var header = !File.Exists(path) || new FileInfo(path).Length == 0;
        using var writer = File.AppendText(path);
        if (header) writer.WriteLine(Header);
        writer.WriteLine(From(report, commit));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
