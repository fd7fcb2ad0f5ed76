using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Teams and regions named by a users file, by id or by name. A region that does not exist is created;
/// so is a team, when the row also says its region (every team belongs to one). Created rows get ids
/// hashed from their names, so importing the same file again finds them instead of adding copies.
/// </summary>
internal sealed class OrganisationDirectory
{
    private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Team> _teams = new(StringComparer.Ordinal);

    public OrganisationDirectory(IEnumerable<Region> regions, IEnumerable<Team> teams)
    {
        foreach (var region in regions) _regions[region.Id] = region;
        foreach (var team in teams) _teams[team.Id] = team;
    }

    public List<Region> NewRegions { get; } = [];
    public List<Team> NewTeams { get; } = [];

    /// <summary>The row's team and region ids; an impossible combination is recorded on the row.</summary>
    public (string? TeamId, string? RegionId) Resolve(ImportRowReader row, string? teamText, string? regionText)
    {
        var region = regionText is null ? null : FindRegion(regionText);
        if (teamText is null)
            return (null, regionText is null ? null : (region ?? AddRegion(regionText)).Id);

        var candidates = _teams.Values.Where(t => t.Id == teamText || ImportText.Key(t.Name) == ImportText.Key(teamText)).ToList();
        if (candidates.Count > 1 && region is not null) candidates = [.. candidates.Where(t => t.RegionId == region.Id)];
        if (candidates.Count > 1)
        {
            row.Error(ImportFields.Team, $"'{teamText}' names teams in several regions; give the region too or use the team id");
            return (null, null);
        }
        if (candidates.Count == 1)
        {
            var team = candidates[0];
            if (regionText is not null && team.RegionId != region?.Id)
            {
                row.Error(ImportFields.Region, $"team '{teamText}' belongs to region '{_regions.GetValueOrDefault(team.RegionId)?.Name ?? team.RegionId}', not '{regionText}'");
                return (null, null);
            }
            return (team.Id, team.RegionId);
        }
        if (regionText is null)
        {
            row.Error(ImportFields.Team, $"team '{teamText}' does not exist; give its region so it can be created");
            return (null, null);
        }
        region ??= AddRegion(regionText);
        var created = new Team { Id = ImportIds.Hashed("team", region.Id + "/" + teamText), Name = teamText, RegionId = region.Id };
        _teams[created.Id] = created;
        NewTeams.Add(created);
        return (created.Id, region.Id);
    }

    private Region? FindRegion(string text) =>
        _regions.GetValueOrDefault(text) ?? _regions.Values.FirstOrDefault(r => ImportText.Key(r.Name) == ImportText.Key(text));

    private Region AddRegion(string name)
    {
        var region = new Region { Id = ImportIds.Hashed("region", name), Name = name };
        _regions[region.Id] = region;
        NewRegions.Add(region);
        return region;
    }
}
