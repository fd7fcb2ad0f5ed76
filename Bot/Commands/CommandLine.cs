using System.CommandLine;
using System.CommandLine.Parsing;

namespace SalesCoach.Bot.Commands;

/// <summary>Small pieces every admin command's System.CommandLine definition shares.</summary>
internal static class CommandLine
{
    /// <summary>
    /// Configuration overrides (--Key=value, as for serving) are not options of any command: the command
    /// lets them through as unmatched tokens, and this takes them, refusing anything else that was not understood.
    /// </summary>
    public static string[] Overrides(ParseResult parse)
    {
        var unknown = parse.UnmatchedTokens.FirstOrDefault(t => !IsOverride(t));
        if (unknown is not null)
            throw new CommandException($"unknown argument '{unknown}'; see `{PathOf(parse)} --help`");
        return [.. parse.UnmatchedTokens];
    }

    /// <summary>
    /// A command whose argument takes many values (kb ingest FILE...) gets the overrides among them too,
    /// since System.CommandLine hands any token it does not know to the argument: this separates them again.
    /// </summary>
    public static (string[] Values, string[] Overrides) WithoutOverrides(ParseResult parse, IEnumerable<string> values)
    {
        var overrides = Overrides(parse).ToList();
        var kept = new List<string>();
        foreach (var value in values)
        {
            if (IsOverride(value)) overrides.Add(value);
            else kept.Add(value);
        }
        return ([.. kept], [.. overrides]);
    }

    public static bool IsOverride(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=');

    /// <summary>A command that also takes --Key=value configuration overrides (as unmatched tokens).</summary>
    public static T WithOverrides<T>(this T command) where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>
    /// System.CommandLine hands a token it does not know to an argument that still wants one, so `kpi --bogus`
    /// would ask "--bogus" and `nlu parse --bogus` would read it: refused here, for the command and all below it.
    /// Only an argument taking many values (kb ingest FILE...) may hold --Key=value overrides; its action separates them.
    /// </summary>
    public static void RefuseUnknownOptions(Command command)
    {
        command.Validators.Add(result =>
        {
            var unknown = result.Children.OfType<ArgumentResult>()
                .SelectMany(a => a.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal) && !(a.Argument.Arity.MaximumNumberOfValues > 1 && IsOverride(t.Value))))
                .FirstOrDefault();
            if (unknown is not null) result.AddError($"unknown option '{unknown.Value}'");
        });
        foreach (var subcommand in command.Subcommands) RefuseUnknownOptions(subcommand);
    }

    public static Option<bool> Json(string description = "print JSON instead of text") => new("--json") { Description = description };

    /// <summary>A value an option must have, with the same one-line refusal for every command.</summary>
    public static T Required<T>(ParseResult parse, Option<T> option) where T : class =>
        parse.GetValue(option) is { } value && (value is not string s || s.Length > 0)
            ? value
            : throw new CommandException($"{option.Name} is required; see `{PathOf(parse)} --help`");

    /// <summary>"kb eval": the command a message is about, as typed.</summary>
    public static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as CommandResult)
            names.Insert(0, result.Command.Name);
        return names.Count == 0 ? "SalesCoachBot" : string.Join(" ", names);
    }
}
