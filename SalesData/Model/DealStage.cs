namespace SalesCoach.Data.Model;

/// <summary>Where a deal stands; Won and Lost are the closed stages conversion is measured on.</summary>
public enum DealStage
{
    Lead,
    Qualified,
    Proposal,
    Negotiation,
    Won,
    Lost,
}
