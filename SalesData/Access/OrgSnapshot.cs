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

    public IEnumerable<SalesUser> UsersNamed(string name) =>
        Users.Values.Where(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));

    public SalesUser? FirstAdmin() => Users.Values.Where(u => u.Role == SalesRole.Admin).OrderBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault();

    public string? TeamName(string? teamId) => teamId is not null && Teams.TryGetValue(teamId, out var team) ? team.Name : null;
}
