using SalesCoach.Data.Risk;

namespace SalesCoach.Skills.Risk;

/// <summary>One risk of a running check: the data's suggestion (if any) and the user's answer so far.</summary>
public sealed class RiskDraftItem
{
    public string Key { get; set; } = string.Empty;
    public RiskSignal? Signal { get; set; }
    public int? Likelihood { get; set; }
    public int? Impact { get; set; }
    public bool Skipped { get; set; }

    /// <summary>One rating said on its own ("发生的可能性挺大的"), kept until the other one comes.</summary>
    public int? HalfLikelihood { get; set; }

    public int? HalfImpact { get; set; }

    public bool Done => Skipped || Likelihood is not null;
}
