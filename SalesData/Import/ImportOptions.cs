namespace SalesCoach.Data.Import;

/// <summary>
/// Import settings, read from the same "SalesCoach" section the bot uses: CRM exports write local
/// times without an offset, and they mean the company's clock (SalesCoach:TimeZone).
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "SalesCoach";

    /// <summary>IANA id of the company's time zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
