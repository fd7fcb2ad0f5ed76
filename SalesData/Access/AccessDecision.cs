namespace SalesCoach.Data.Access;

/// <summary>Whether a viewer may see a scope; when not, a reason code the skill turns into a sentence in the user's language.</summary>
public sealed record AccessDecision(bool Allowed, string? Reason)
{
    public static readonly AccessDecision Allow = new(true, null);

    public static AccessDecision Deny(string reason) => new(false, reason);
}
