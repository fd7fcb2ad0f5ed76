using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `kb ingest|ask|explain|eval`'s arguments and options; KbCommand does the work. Each also takes
/// configuration overrides as --Key=value (e.g. --SalesCoach:DataDirectory=./data).
/// </summary>
internal static class KbCommandDefinition
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "one or more files", Arity = ArgumentArity.OneOrMore };
        var ingestJson = CommandLine.Json("print one JSON line per file");
        var ingest = new Command("ingest", "Add documents to the knowledge base (.txt .md .html .docx .pdf); a file ingested again replaces its old passages.")
        {
            files, ingestJson,
        }.WithOverrides();
        ingest.SetAction(p =>
        {
            var (paths, overrides) = CommandLine.WithoutOverrides(p, p.GetValue(files)!);
            if (paths.Length == 0) throw new CommandException("kb ingest needs at least one FILE; see `kb ingest --help`");
            return KbCommand.Ingest(paths, p.GetValue(ingestJson), overrides);
        });

        var question = new Argument<string>("QUESTION") { Description = "the question, quoted" };
        var locale = new Option<string>("--locale") { Description = "zh-CN or en-US (default: from the question)" };
        locale.AcceptOnlyFromAmong("zh-CN", "en-US");
        var askJson = CommandLine.Json("print the answer as JSON");
        var ask = new Command("ask", "The knowledge base's grounded answer to one question, with its sources.") { question, locale, askJson }.WithOverrides();
        ask.SetAction(p =>
        {
            var overrides = CommandLine.Overrides(p);
            return KbCommand.AskAsync(p.GetValue(question)!, p.GetValue(locale), p.GetValue(askJson), overrides);
        });

        var explained = new Argument<string>("QUESTION") { Description = "the question, quoted" };
        var explain = new Command("explain", "Why a question gets the passages it gets: the query's groups and the top passages with their scores.") { explained }.WithOverrides();
        explain.SetAction(p => KbCommand.ExplainAsync(p.GetValue(explained)!, CommandLine.Overrides(p)));

        var questions = new Argument<string>("QUESTIONS.jsonl") { Description = "questions, one JSON object a line" };
        var predictions = new Option<string>("--predictions") { Description = "(required) where to write one prediction line per question" };
        var evalJson = CommandLine.Json("print the scores as JSON");
        var eval = new Command("eval", "Answer every question of a JSONL file and score the answers against their expected sections.") { questions, predictions, evalJson }.WithOverrides();
        eval.SetAction(p =>
        {
            var overrides = CommandLine.Overrides(p);
            return KbCommand.EvalAsync(p.GetValue(questions)!, CommandLine.Required(p, predictions), p.GetValue(evalJson), overrides);
        });

        return new Command("kb", "The knowledge base: ingest documents, ask, explain, evaluate.") { ingest, ask, explain, eval };
    }
}
