using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>`kb`'s usage for System.CommandLine; KbCommand reads the options itself (unknown ones pass through to it).</summary>
internal static class KbCommandDefinition
{
    public static Command Create()
    {
        var ingest = new Command("ingest", "Add documents to the knowledge base (.txt .md .html .docx .pdf); a file ingested again replaces its old passages.")
        {
            new Argument<string[]>("FILE") { Description = "one or more files", Arity = ArgumentArity.ZeroOrMore },
            CommandLine.Json("print one JSON line per file"),
        };
        var ask = new Command("ask", "The knowledge base's grounded answer to one question, with its sources.")
        {
            new Argument<string[]>("QUESTION") { Description = "the question, quoted", Arity = ArgumentArity.ZeroOrMore },
            new Option<string>("--locale") { Description = "zh-CN or en-US (default: from the question)" },
            CommandLine.Json("print the answer as JSON"),
        };
        var eval = new Command("eval", "Answer every question of a JSONL file and score the answers against their expected sections.")
        {
            new Argument<string[]>("QUESTIONS.jsonl") { Description = "questions, one JSON object a line", Arity = ArgumentArity.ZeroOrMore },
            new Option<string>("--predictions") { Description = "where to write one prediction line per question" },
            CommandLine.Json("print the scores as JSON"),
        };
        return new Command("kb", "The knowledge base: ingest documents, ask, evaluate.") { ingest, ask, eval };
    }
}
