using System.Diagnostics;
using System.Globalization;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `nlu cv [--folds K]`: k-fold cross-validation of the intent classifier (per language, as it is trained) on the language files' own
/// examples (each predicted by a model that did not see it). Tuning data, so an estimate, not a blind figure.
/// </summary>
public static class NluCrossValidation
{
    public static int Run(int folds, string? predictions)
    {
        var data = LanguageData.Current;
        var watch = Stopwatch.StartNew();
        var set = IntentModelStore.TrainingSet(data);
        var results = IntentModelStore.CrossValidate(set, folds);
        watch.Stop();
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"examples: {set.Count}, {folds} folds, {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        var rows = data.Examples.Zip(results, (e, r) => (e.Locale, r.Expected, r.Predicted, r.Confidence)).ToList();
        Console.WriteLine($"intent accuracy: {F(rows.Count(r => r.Expected == r.Predicted) / (double)rows.Count)}");
        foreach (var group in rows.GroupBy(r => r.Locale).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {group.Key} {F(group.Count(r => r.Expected == r.Predicted) / (double)group.Count())} ({group.Count()} examples)");
        var confident = rows.Where(r => r.Confidence >= Skills.Nlu.OfflineIntentRecognizer.ConfidenceThreshold).ToList();
        Console.WriteLine($"confident (>= {Skills.Nlu.OfflineIntentRecognizer.ConfidenceThreshold}): {confident.Count} of {rows.Count}, accuracy {F(confident.Count(r => r.Expected == r.Predicted) / (double)Math.Max(1, confident.Count))}");
        if (predictions is { } path)
            File.WriteAllLines(NluPaths.Resolve(path), data.Examples.Zip(results, (e, r) => System.Text.Json.JsonSerializer.Serialize(
                new { locale = e.Locale, text = e.Text, expected = r.Expected, predicted = r.Predicted, confidence = Math.Round(r.Confidence, 3) }, NluCommand.Json)));
        Console.WriteLine("confusions (expected -> predicted: count):");
        foreach (var c in rows.Where(r => r.Expected != r.Predicted).GroupBy(r => (r.Expected, r.Predicted)).OrderByDescending(g => g.Count()).Take(15))
            Console.WriteLine($"  {c.Key.Expected} -> {c.Key.Predicted}: {c.Count()}");
        return 0;
    }
}
