using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Dashboard;

/// <summary>The dashboard API's refusals and bad-input answers: a status, a code the page can act on, and a message in the reader's language.</summary>
public static class DashboardProblem
{
    public static IResult NotSignedIn(string locale) =>
        Results.Json(new { error = "notSignedIn", message = Strings.Get(locale, "dashboard.problem.notSignedIn") }, statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>403 with the same reason the chat gives ("kpi.refused.managerTeamOnly" ...).</summary>
    public static IResult Refused(string reasonCode, string locale) =>
        Results.Json(new { refused = true, reasonCode, reason = Strings.Get(locale, "kpi.refused." + reasonCode) }, statusCode: StatusCodes.Status403Forbidden);

    public static IResult BadInput(string code, string locale, params object?[] args) =>
        Results.Json(new { error = code, message = Strings.Get(locale, "dashboard.problem." + code, args) }, statusCode: StatusCodes.Status400BadRequest);
}
