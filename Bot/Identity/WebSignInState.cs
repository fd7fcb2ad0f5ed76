namespace SalesCoach.Bot.Identity;

/// <summary>The sign-in mode this server runs in (see <see cref="WebSignInModes.Resolve"/>).</summary>
public sealed record WebSignInState(WebSignInMode Mode);
