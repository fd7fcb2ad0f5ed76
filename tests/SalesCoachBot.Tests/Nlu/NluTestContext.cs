using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Nlu;

/// <summary>A fixed "now" (Friday 2026-11-27 10:00 in Shanghai) so resolutions are reproducible.</summary>
internal static class NluTestContext
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly NluContext Zh = new("zh-CN", Shanghai, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
    public static readonly NluContext En = Zh with { Locale = "en-US" };
    public static readonly OfflineIntentRecognizer Recognizer = new();

    public static NluResult Parse(string text) => Recognizer.Recognize(text, Zh);

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
