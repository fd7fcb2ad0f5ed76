namespace SalesCoach.Data.Model;

/// <summary>
/// The sales channels the demo uses. Stored as free text (not an enum) because imported CRMs name
/// their own channels and 销售渠道效益 groups by whatever the company calls them.
/// </summary>
public static class SalesChannels
{
    public const string Direct = "direct";
    public const string Online = "online";
    public const string Partner = "partner";
    public const string Phone = "phone";

    public static readonly IReadOnlyList<string> All = [Direct, Online, Partner, Phone];
}
