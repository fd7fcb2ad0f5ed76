using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>`nlu`'s usage for System.CommandLine; NluCommand reads the options itself (unknown ones pass through to it).</summary>
internal static class NluCommandDefinition
{
    public static Command Create()
    {
        Option[] shared =
        [
            new Option<string>("--now") { Description = "the instant \"明天\" and \"下周三\" are read from (ISO 8601; default: now)" },
            new Option<string>("--timezone") { Description = "the IANA zone times are read in (default: the company's)" },
        ];
        var parse = new Command("parse", "The offline recogniser's reading of one text: intent, confidence, entities.")
        {
            new Argument<string[]>("TEXT") { Description = "the text, quoted", Arity = ArgumentArity.ZeroOrMore },
            new Option<string>("--locale") { Description = "zh-CN or en-US (default: from the text)" },
            CommandLine.Json("print the reading as JSON"),
        };
        var eval = new Command("eval", "Score the recogniser on a labelled JSONL file: intent accuracy, per-intent precision/recall, entity F1, confusions.")
        {
            new Argument<string[]>("UTTERANCES.jsonl") { Description = "labelled utterances, one JSON object a line", Arity = ArgumentArity.ZeroOrMore },
            new Option<string>("--predictions") { Description = "where to write one prediction line per input" },
            CommandLine.Json("print the scores as JSON"),
        };
        foreach (var option in shared)
        {
            parse.Options.Add(option);
            eval.Options.Add(option);
        }
        return new Command("nlu", "The intent and entity recogniser, from the command line.") { parse, eval };
    }
}
