namespace SalesCoach.Bot.DirectLine;

/// <summary>Direct Line 3.0 error bodies: {"error":{"code","message"}} with the matching status.</summary>
public static class DirectLineResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult MissingToken() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Missing or invalid token.");
    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");
    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
    public static IResult BadActivity(string why) => Error(StatusCodes.Status400BadRequest, "BadArgument", why);

    /// <summary>JSON produced by Newtonsoft (the Bot Framework schema's serializer), sent as is.</summary>
    public static IResult RawJson(string json, int status = StatusCodes.Status200OK) =>
        Results.Content(json, "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);
}
