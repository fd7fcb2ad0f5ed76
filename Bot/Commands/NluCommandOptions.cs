using System.Globalization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Commands;

/// <summary>The options `nlu parse` and `nlu eval` share, parsed strictly: an unknown option is an error, not ignored.</summary>
public sealed record NluCommandOptions(List<string> Positional, string Locale, bool Json, string? Predictions, DateTimeOffset? Now, TimeZoneInfo TimeZone, int Folds = 5)
{
    private static readonly string[] ValueOptions = ["--locale", "--predictions", "--now", "--timezone", "--folds"];

    public NluContext Context() => new(Locale, TimeZone, Now ?? DateTimeOffset.Now);

    public static NluCommandOptions Parse(string[] args, string usage)
    {
        var positional = new List<string>();
        var values = new Dictionary<string, string>();
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--json") json = true;
            else if (ValueOptions.Contains(arg))
            {
                if (i + 1 >= args.Length) throw new CommandException($"{arg} needs a value; {usage}");
                values[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal)) throw new CommandException($"unknown option '{arg}'; {usage}");
            else positional.Add(arg);
        }
        var locale = values.GetValueOrDefault("--locale") ?? "zh-CN";
        if (locale is not ("zh-CN" or "en-US")) throw new CommandException($"--locale must be zh-CN or en-US, not '{locale}'");
        DateTimeOffset? now = null;
        if (values.TryGetValue("--now", out var n))
            now = DateTimeOffset.TryParse(n, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed : throw new CommandException($"--now '{n}' is not an ISO 8601 date-time (e.g. 2026-11-27T10:00:00+08:00)");
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(values.GetValueOrDefault("--timezone") ?? "Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new CommandException($"unknown time zone '{values["--timezone"]}'");
        }
        var folds = 5;
        if (values.TryGetValue("--folds", out var k) && (!int.TryParse(k, NumberStyles.Integer, CultureInfo.InvariantCulture, out folds) || folds is < 2 or > 20))
            throw new CommandException($"--folds must be a whole number from 2 to 20, not '{k}'");
        return new NluCommandOptions(positional, locale, json, values.GetValueOrDefault("--predictions"), now, zone, folds);
    }
}
