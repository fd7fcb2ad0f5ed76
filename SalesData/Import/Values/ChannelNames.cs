using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import.Values;

/// <summary>
/// Channels are free text (companies name their own), but the common names for our four channels fold
/// onto them so 销售渠道效益 compares imported and demo data alike. Anything else is kept as written.
/// </summary>
internal static class ChannelNames
{
    /// <summary>What a row without a channel gets: no guess at a real channel.</summary>
    public const string Unknown = "unknown";

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["direct"] = SalesChannels.Direct, ["直销"] = SalesChannels.Direct, ["直营"] = SalesChannels.Direct,
        ["online"] = SalesChannels.Online, ["线上"] = SalesChannels.Online, ["网络"] = SalesChannels.Online,
        ["电商"] = SalesChannels.Online, ["Online Store"] = SalesChannels.Online, ["Web Download"] = SalesChannels.Online,
        ["partner"] = SalesChannels.Partner, ["渠道"] = SalesChannels.Partner, ["代理"] = SalesChannels.Partner,
        ["合作伙伴"] = SalesChannels.Partner, ["Partner"] = SalesChannels.Partner,
        ["phone"] = SalesChannels.Phone, ["电话"] = SalesChannels.Phone, ["电销"] = SalesChannels.Phone,
        ["Cold Call"] = SalesChannels.Phone,
    };

    public static string Normalize(string text) => Known.GetValueOrDefault(text.Trim()) ?? text.Trim();
}
