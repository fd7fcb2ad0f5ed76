namespace SalesCoach.Skills.Dashboard;

/// <summary>
/// Where the host can tell, by itself, that people reach it: the dashboard links' base when SalesCoach:Dashboard:PublicBaseUrl
/// is not set. The Bot answers only in Development (the address Kestrel bound, which a browser on the same machine reaches);
/// elsewhere it answers null, since behind a proxy or in Teams that address would lead nowhere.
/// </summary>
public interface IDashboardHostAddress
{
    /// <summary>The base URL ("http://localhost:3978/"), or null when the host cannot tell (yet).</summary>
    Uri? BaseUrl { get; }
}
