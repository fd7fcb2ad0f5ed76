using SalesCoach.Bench;
using SalesCoach.Bench.Reporting;

// Measures POST /api/messages of the real bot (a "help" turn) against an echo-bot floor on the same SDK.
// A benchmark prints figures; it does not pass or fail.
if (!BenchStart.TryParse(args, BenchOptions.Parse, BenchOptions.Usage, out var options)) return BenchStart.BadArguments;

using var cancellation = BenchStart.CancelOnCtrlC();

var report = await BenchRunner.RunAsync(options, Console.Error, cancellation.Token);
if (options.Json) ReportWriter.WriteJson(Console.Out, report);
else ReportWriter.WriteTable(Console.Out, report);
if (options.Results is { } results && !options.Diagnostic)
{
    ResultLine.Append(results, report, Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown");
    Console.Error.WriteLine($"summary appended to {results}");
}
return report.Echo.TotalFailures + report.Help.TotalFailures == 0 ? 0 : 1;
