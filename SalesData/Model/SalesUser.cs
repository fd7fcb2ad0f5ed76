namespace SalesCoach.Data.Model;

/// <summary>A person using the bot or owning customers: rep, manager or admin, with the identities channels send.</summary>
public sealed class SalesUser : ISourced
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public SalesRole Role { get; set; }
    public string? TeamId { get; set; }
    public string? RegionId { get; set; }
    public string? ManagerId { get; set; }

    /// <summary>IANA id; reminders and "本月" follow the user's own calendar.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public string Locale { get; set; } = "zh-CN";

    /// <summary>Teams sends the AAD object id with every activity: the lookup that maps a Teams user to this row.</summary>
    public string? TeamsAadObjectId { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceId { get; set; }
}
