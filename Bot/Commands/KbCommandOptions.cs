namespace SalesCoach.Bot.Commands;

/// <summary>The `kb` options, parsed strictly; --Key=value pairs are configuration overrides, passed to the host.</summary>
public sealed record KbCommandOptions(List<string> Positional, bool Json, string? Locale, string? Predictions, string[] Configuration)
{
    public static KbCommandOptions Parse(string[] args, string usage)
    {
        var positional = new List<string>();
        var configuration = new List<string>();
        var json = false;
        string? locale = null, predictions = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--json") json = true;
            else if (arg is "--locale" or "--predictions")
            {
                if (i + 1 >= args.Length) throw new CommandException($"{arg} needs a value; {usage}");
                if (arg == "--locale") locale = args[++i];
                else predictions = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=')) configuration.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) throw new CommandException($"unknown option '{arg}'; {usage}");
            else positional.Add(arg);
        }
        if (locale is not (null or "zh-CN" or "en-US")) throw new CommandException($"--locale must be zh-CN or en-US, not '{locale}'");
        return new KbCommandOptions(positional, json, locale, predictions, [.. configuration]);
    }
}
