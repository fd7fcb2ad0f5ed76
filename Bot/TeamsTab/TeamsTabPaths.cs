namespace SalesCoach.Bot.TeamsTab;

/// <summary>The pages Teams frames: the dashboard (the personal tab and each team tab) and the team tab's configuration page.</summary>
public static class TeamsTabPaths
{
    public static readonly PathString Dashboard = "/dashboard";

    /// <summary>Under /dashboard, so the sign-in gate covers it: the scopes it offers are the signed-in person's.</summary>
    public static readonly PathString Configuration = "/dashboard/teams/config";

    /// <summary>The dashboard page itself and the tab pages under it; not /api/dashboard (JSON is never framed) nor the static files.</summary>
    public static bool IsFramed(PathString path) => path.StartsWithSegments(Dashboard);
}
