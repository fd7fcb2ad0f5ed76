using System.Diagnostics;
using System.Globalization;
using SalesCoach.Skills.Nlu;

// Usage: NluBench [UTTERANCES.jsonl] [--rounds N]. Times one Recognize call per utterance after a warm-up
// pass (the Recognizers models are built once, on first use, and that cost is start-up, not per message).
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindDevSet();
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(20);
var utterances = UtteranceFile.Read(path);
var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
var context = new NluContext("zh-CN", zone, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
var recognizer = new OfflineIntentRecognizer();

var cold = Stopwatch.StartNew();
foreach (var u in utterances) recognizer.Recognize(u.Text, context);
cold.Stop();

var samples = new List<double>(utterances.Count * rounds);
for (var r = 0; r < rounds; r++)
    foreach (var u in utterances)
    {
        var start = Stopwatch.GetTimestamp();
        recognizer.Recognize(u.Text, context);
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
samples.Sort();
string Ms(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
Console.WriteLine($"utterances: {utterances.Count} x {rounds} rounds ({samples.Count} parses), warm-up pass {Ms(cold.Elapsed.TotalMilliseconds)} ms in all");
Console.WriteLine($"parse time per utterance: median {Ms(At(0.5))} ms, p90 {Ms(At(0.9))} ms, p99 {Ms(At(0.99))} ms, max {Ms(samples[^1])} ms");
return 0;

static string FindDevSet()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SalesCoachBot.sln")))
            return Path.Combine(dir.Parent!.FullName, "shared", "eval", "utterances.dev.jsonl");
    throw new InvalidOperationException("pass UTTERANCES.jsonl: SalesCoachBot.sln not found above the current directory");
}
