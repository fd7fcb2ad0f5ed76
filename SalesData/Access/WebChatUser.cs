namespace SalesCoach.Data.Access;

/// <summary>
/// The web chat's channel user id for a person signed in on the web: "dl_su." + the sales user id. The token
/// endpoint issues it only from the sign-in cookie, and Direct Line binds it into the token, so the chat can
/// trust it as it trusts Teams' object id. The "dl_" start is what Azure Direct Line's enhanced
/// authentication requires of user ids; anonymous page loads get "dl_" + random hex, never this prefix.
/// </summary>
public static class WebChatUser
{
    public const string Prefix = "dl_su.";

    public static string For(string salesUserId) => Prefix + salesUserId;

    /// <summary>The sales user id inside a web chat user id, or null for any other channel id.</summary>
    public static string? SalesUserId(string channelUserId) =>
        channelUserId.Length > Prefix.Length && channelUserId.StartsWith(Prefix, StringComparison.Ordinal) ? channelUserId[Prefix.Length..] : null;
}
