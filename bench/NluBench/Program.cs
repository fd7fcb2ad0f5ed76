using System.Diagnostics;
using System.Globalization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;

// Usage: NluBench [UTTERANCES.jsonl] [--rounds N]. Prints, with the load average beside them (the machine is shared):
// training the intent classifier from the language files (k folds for the temperature, then the final model),
// saving and loading the trained model, and one Recognize call per utterance after a warm-up pass (the
// Recognizers models and jieba's dictionary are loaded once, on first use: start-up, not per message).
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindDevSet();
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(20);
string Ms(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
// On a shared machine wall time mostly measures the queue for a core; the process's CPU time beside it does not.
static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

var data = LanguageData.Current;
var cpu0 = Cpu();
var features = Stopwatch.StartNew();
var set = IntentModelStore.TrainingSet(data);
features.Stop();
var cpu1 = Cpu();
var training = Stopwatch.StartNew();
var model = IntentModelStore.Train(set, data.Hash);
training.Stop();
var cpu2 = Cpu();
Console.WriteLine($"training: {data.Examples.Count} examples, {model.FeatureCount} features, models {string.Join(", ", model.Languages.Select(l => $"{l} T={model.For(l).Temperature.ToString("0.00", CultureInfo.InvariantCulture)}"))}: "
    + $"features {Ms(features.Elapsed.TotalMilliseconds)} ms + {model.Languages.Count} x {IntentTrainer.Folds + 1} fits {Ms(training.Elapsed.TotalMilliseconds)} ms = {(features.Elapsed + training.Elapsed).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s wall; CPU {Ms(cpu1 - cpu0)} + {Ms(cpu2 - cpu1)} ms (load average {Load()})");

var file = Path.Combine(Path.GetTempPath(), $"nlubench-{Environment.ProcessId}.bin");
using (var stream = File.Create(file)) model.Save(stream);
var loads = new List<double>();
var cpu3 = Cpu();
for (var i = 0; i < 5; i++)
{
    var start = Stopwatch.GetTimestamp();
    using var stream = File.OpenRead(file);
    IntentModel.Load(stream);
    loads.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}
Console.WriteLine($"loading the trained model ({new FileInfo(file).Length / 1024} KiB): first {Ms(loads[0])} ms, median of 5 {Ms(loads.Order().ElementAt(2))} ms wall, {Ms((Cpu() - cpu3) / 5)} ms CPU each (load average {Load()})");
File.Delete(file);

var utterances = UtteranceFile.Read(path);
var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
var context = new NluContext("zh-CN", zone, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
var recognizer = new OfflineIntentRecognizer(model: model);

var cold = Stopwatch.StartNew();
foreach (var u in utterances) recognizer.Recognize(u.Text, context);
cold.Stop();

var samples = new List<double>(utterances.Count * rounds);
var cpu4 = Cpu();
for (var r = 0; r < rounds; r++)
    foreach (var u in utterances)
    {
        var start = Stopwatch.GetTimestamp();
        recognizer.Recognize(u.Text, context);
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
var cpuPerParse = (Cpu() - cpu4) / (utterances.Count * rounds);
samples.Sort();
double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
Console.WriteLine($"utterances: {utterances.Count} x {rounds} rounds ({samples.Count} parses), warm-up pass {Ms(cold.Elapsed.TotalMilliseconds)} ms in all");
Console.WriteLine($"parse time per utterance: median {Ms(At(0.5))} ms, p90 {Ms(At(0.9))} ms, p99 {Ms(At(0.99))} ms, max {Ms(samples[^1])} ms wall; mean CPU {Ms(cpuPerParse)} ms per parse (load average {Load()})");
return 0;

static string FindDevSet()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SalesCoachBot.sln")))
            return Path.Combine(dir.Parent!.FullName, "shared", "eval", "utterances.dev.jsonl");
    throw new InvalidOperationException("pass UTTERANCES.jsonl: SalesCoachBot.sln not found above the current directory");
}
