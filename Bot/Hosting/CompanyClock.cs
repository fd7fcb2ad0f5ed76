using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// The process clock seen from the company's time zone: servers usually run in UTC, while "本月" and
/// "明天上午10点" mean the company's calendar (SalesCoach:TimeZone, default Asia/Shanghai). The instant comes
/// from the registered TimeProvider (the system clock in production), so a test that registers its own clock
/// moves the skills, the scheduler and the delivery together.
/// </summary>
public sealed class CompanyClock(IOptions<CompanyOptions> options, TimeProvider? processClock = null) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    private readonly TimeProvider _clock = processClock ?? System;

    public override TimeZoneInfo LocalTimeZone => _zone;

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _clock.CreateTimer(callback, state, dueTime, period);
}
