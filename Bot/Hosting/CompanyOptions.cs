namespace SalesCoach.Bot.Hosting;

/// <summary>Company-wide defaults (section "SalesCoach").</summary>
public sealed class CompanyOptions
{
    public const string SectionName = "SalesCoach";

    /// <summary>IANA time zone for "本月", "tomorrow 10am" and calendar periods, until a user has their own.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
