using System.CommandLine;
using System.Globalization;

namespace SalesCoach.Bot.Commands;

/// <summary>`nlu parse|eval|cv`'s arguments and options; NluCommand and NluCrossValidation do the work.</summary>
internal static class NluCommandDefinition
{
    public static Command Create()
    {
        var clock = new NluClockOptions();

        var text = new Argument<string>("TEXT") { Description = "the text, quoted" };
        var locale = new Option<string>("--locale") { Description = "zh-CN or en-US", DefaultValueFactory = _ => "zh-CN" };
        locale.AcceptOnlyFromAmong("zh-CN", "en-US");
        var json = CommandLine.Json("print the reading as JSON");
        var parse = clock.AddTo(new Command("parse", "The offline recogniser's reading of one text: intent, confidence, entities.") { text, locale, json });
        parse.SetAction(p => NluCommand.Parse(p.GetValue(text)!, p.GetValue(json), clock.Context(p, p.GetValue(locale)!)));

        var file = new Argument<string>("UTTERANCES.jsonl") { Description = "labelled utterances, one JSON object a line" };
        var predictions = new Option<string>("--predictions") { Description = "(required) where to write one prediction line per input" };
        var eval = clock.AddTo(new Command("eval", "Score the recogniser on a labelled JSONL file: intent accuracy, per-intent precision/recall, entity F1, confusions.") { file, predictions });
        eval.SetAction(p => NluCommand.Eval(p.GetValue(file)!, CommandLine.Required(p, predictions), clock.Context(p, "zh-CN")));

        var folds = new Option<string>("--folds") { Description = "how many folds, 2 to 20 (default: 5)" };
        var cvPredictions = new Option<string>("--predictions") { Description = "where to write one line per example (expected, predicted)" };
        var cv = new Command("cv", "Cross-validate the intent classifier on the language files' own examples (a tuning estimate, not a blind figure).") { folds, cvPredictions };
        cv.SetAction(p => NluCrossValidation.Run(Folds(p.GetValue(folds)), p.GetValue(cvPredictions)));

        return new Command("nlu", "The intent and entity recogniser, from the command line.") { parse, eval, cv };
    }

    private static int Folds(string? value) =>
        value is null ? 5
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var folds) && folds is >= 2 and <= 20 ? folds
        : throw new CommandException($"--folds must be a whole number from 2 to 20, not '{value}'");
}
