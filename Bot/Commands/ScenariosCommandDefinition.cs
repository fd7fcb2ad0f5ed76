using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>`scenarios`' usage for System.CommandLine; ScenariosCommand reads the arguments itself.</summary>
internal static class ScenariosCommandDefinition
{
    public static Command Create() => new("scenarios", "Play conversations written as data (YAML) against the real bot on the demo company; pass/fail per turn and a summary line.")
    {
        new Argument<string[]>("FILE|DIR") { Description = "a scenario file, or a folder of them (e.g. tests/data/conversations/tuning)", Arity = ArgumentArity.ZeroOrMore },
        new Option<string>("--now") { Description = "the instant the conversations happen at (ISO 8601; default 2026-12-03T10:00:00+08:00)" },
        new Option<string>("--data") { Description = "a data folder to keep the seeded database in between runs (default: a temporary one)" },
        new Option<string>("--only") { Description = "play only the conversation with this id" },
        new Option<bool>("--quiet") { Description = "print only failed conversations and the summary" },
    };
}
