using SalesCoach.Data.Model;

namespace SalesCoach.Data.Access;

/// <summary>Users, teams and regions as last read: small, read on every KPI turn, so kept in memory.</summary>
public sealed record OrgSnapshot(
    IReadOnlyDictionary<string, SalesUser> Users,
    IReadOnlyDictionary<string, Team> Teams,
    IReadOnlyDictionary<string, Region> Regions)
{
    public static readonly OrgSnapshot Empty = new(new Dictionary<string, SalesUser>(), new Dictionary<string, Team>(), new Dictionary<string, Region>());

    public SalesUser? UserByAad(string aadObjectId) =>
        Users.Values.FirstOrDefault(u => string.Equals(u.TeamsAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one user with this e-mail address, or null when none or several have it (an ambiguous address names nobody).</summary>
    public SalesUser? UserByEmail(string email)
    {
        var matches = Users.Values.Where(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public IEnumerable<SalesUser> UsersNamed(string name) =>
        Users.Values.Where(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));

    public SalesUser? FirstAdmin() => Users.Values.Where(u => u.Role == SalesRole.Admin).OrderBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault();

    public string? TeamName(string? teamId) => teamId is not null && Teams.TryGetValue(teamId, out var team) ? team.Name : null;
}
