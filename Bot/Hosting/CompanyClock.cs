using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// The system clock seen from the company's time zone: servers usually run in UTC, while "本月" and
/// "明天上午10点" mean the company's calendar (SalesCoach:TimeZone, default Asia/Shanghai).
/// </summary>
public sealed class CompanyClock(IOptions<CompanyOptions> options) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public override TimeZoneInfo LocalTimeZone => _zone;
}
