using System.CommandLine;
using System.Globalization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `--now` and `--timezone`, which `nlu parse` and `nlu eval` share so that "明天" and "下周三" resolve
/// the same on every run; checked with a one-line reason each.
/// </summary>
internal sealed class NluClockOptions
{
    private readonly Option<string> _now = new("--now") { Description = "the instant \"明天\" and \"下周三\" are read from (ISO 8601; default: now)" };
    private readonly Option<string> _timeZone = new("--timezone") { Description = "the IANA zone times are read in (default: Asia/Shanghai)" };

    public Command AddTo(Command command)
    {
        command.Options.Add(_now);
        command.Options.Add(_timeZone);
        return command;
    }

    public NluContext Context(ParseResult parse, string locale)
    {
        var now = DateTimeOffset.Now;
        if (parse.GetValue(_now) is { } n && !DateTimeOffset.TryParse(n, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
            throw new CommandException($"--now '{n}' is not an ISO 8601 date-time (e.g. 2026-11-27T10:00:00+08:00)");
        var zoneId = parse.GetValue(_timeZone) ?? "Asia/Shanghai";
        try
        {
            return new NluContext(locale, TimeZoneInfo.FindSystemTimeZoneById(zoneId), now);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new CommandException($"unknown time zone '{zoneId}'");
        }
    }
}
