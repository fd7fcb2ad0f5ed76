using SalesCoach.Data.Model;

namespace SalesCoach.Data.Access;

/// <summary>Who is asking, as the sales data knows them: the role and the team that decide what they may see.</summary>
/// <param name="IsDemoStandIn">True when an unknown user was taken as the demo company's administrator (demo mode only).</param>
public sealed record SalesViewer(string UserId, string Name, SalesRole Role, string? TeamId, string? RegionId, bool IsDemoStandIn = false)
{
    public static SalesViewer From(SalesUser user, bool isDemoStandIn = false) =>
        new(user.Id, user.Name, user.Role, user.TeamId, user.RegionId, isDemoStandIn);
}
