using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>Regions, teams and people: 3 regions, 5 teams of 6 reps with a manager each, and the sales administrator.</summary>
internal static class DemoOrganisation
{
    // Fresh instances on every call: EF Core tracks entity objects, and two seeds must not share them.
    public static Region[] Regions() =>
    [
        new() { Id = "east", Name = "华东" },
        new() { Id = "south", Name = "华南" },
        new() { Id = "north", Name = "华北" },
    ];

    public static Team[] Teams() =>
    [
        new() { Id = "east-1", Name = "华东一组", RegionId = "east" },
        new() { Id = "east-2", Name = "华东二组", RegionId = "east" },
        new() { Id = "south-1", Name = "华南一组", RegionId = "south" },
        new() { Id = "south-2", Name = "华南二组", RegionId = "south" },
        new() { Id = "north-1", Name = "华北一组", RegionId = "north" },
    ];

    public static List<SalesUser> People()
    {
        var random = DemoRandom.For(1);
        // 张伟 first: the name the example questions use ("张伟的客户满意度" is r01).
        var names = new List<string> { DemoPlan.NamedReps[0].Name };
        var teams = Teams();
        while (names.Count < 1 + teams.Length * (DemoPlan.RepsPerTeam + 1))
        {
            var name = random.Pick(DemoNames.Surnames) + random.Pick(DemoNames.GivenNames);
            if (!names.Contains(name)) names.Add(name);
        }
        // The others are put in their slot after the draw, so everyone else keeps the name the seed gave them.
        foreach (var (name, seat) in DemoPlan.NamedReps.Skip(1))
        {
            var at = names.IndexOf(name);
            if (at >= 0) (names[at], names[seat]) = (names[seat], names[at]);
            else names[seat] = name;
        }

        var users = new List<SalesUser> { User(DemoPlan.AdminId, names[^1], SalesRole.Admin, null, null, random) };
        var next = 0;
        for (var t = 0; t < teams.Length; t++)
        {
            var team = teams[t];
            var managerId = $"m{t + 1:00}";
            users.Add(User(managerId, names[^(2 + t)], SalesRole.Manager, team, null, random));
            for (var r = 0; r < DemoPlan.RepsPerTeam; r++)
                users.Add(User($"r{++next:00}", names[next - 1], SalesRole.Rep, team, managerId, random));
        }
        return users;
    }

    private static SalesUser User(string id, string name, SalesRole role, Team? team, string? managerId, Random random) => new()
    {
        Id = id,
        Name = name,
        Email = $"{id}@demo.salescoach.example",
        Role = role,
        TeamId = team?.Id,
        RegionId = team?.RegionId,
        ManagerId = managerId,
        TimeZone = "Asia/Shanghai",
        Locale = "zh-CN",
        TeamsAadObjectId = new Guid(random.NextBytes(16)).ToString(),
        SourceSystem = DemoPlan.SourceSystem,
        SourceId = id,
    };

    private static byte[] NextBytes(this Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
