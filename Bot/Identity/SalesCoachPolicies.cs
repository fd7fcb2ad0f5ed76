namespace SalesCoach.Bot.Identity;

/// <summary>Authorization policy names the web pages and their JSON endpoints use.</summary>
public static class SalesCoachPolicies
{
    /// <summary>
    /// A person signed in with the web cookie AND mapped to a sales user (carries <see cref="SalesClaims.UserId"/>).
    /// Everything under /dashboard and /api/dashboard is held to it by <see cref="DashboardGate"/>; other
    /// endpoints may add it with <c>.RequireAuthorization(SalesCoachPolicies.SignedIn)</c>.
    /// </summary>
    public const string SignedIn = "SalesCoach.SignedIn";
}
