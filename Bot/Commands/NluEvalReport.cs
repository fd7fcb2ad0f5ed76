using System.Globalization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Commands;

/// <summary>Prints an evaluation's figures for people: accuracy, per-intent P/R, entity P/R/F1 and the confusions.</summary>
public static class NluEvalReport
{
    public static void Print(NluEvaluation e, string predictionsPath)
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"utterances: {e.Count}; predictions written to {predictionsPath}");
        Console.WriteLine($"intent accuracy: {F(e.IntentAccuracy)}");
        foreach (var (lang, accuracy, count) in e.PerLanguage)
            Console.WriteLine($"  {(lang.Length == 0 ? "(no lang)" : lang),-4} {F(accuracy)} ({count} utterances)");
        Console.WriteLine("per intent (precision / recall / support):");
        foreach (var (intent, p, r, support) in e.PerIntent)
            Console.WriteLine($"  {intent,-18} {F(p)} / {F(r)} / {support}");
        Console.WriteLine($"entities (micro, exact match of name + value): precision {F(e.EntityPrecision)}, recall {F(e.EntityRecall)}, F1 {F(e.EntityF1)}");
        var confusions = e.Confusions.ToList();
        Console.WriteLine(confusions.Count == 0 ? "confusions: none" : "confusions (expected -> predicted: count):");
        foreach (var (expected, predicted, count) in confusions)
            Console.WriteLine($"  {expected} -> {predicted}: {count}");
    }
}
