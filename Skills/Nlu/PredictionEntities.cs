namespace SalesCoach.Skills.Nlu;

/// <summary>The prediction file's view of a result: one value per entity name, the text span (a metric's catalogue name).</summary>
public static class PredictionEntities
{
    public static Dictionary<string, string> From(NluResult result)
    {
        var map = new Dictionary<string, string>();
        foreach (var e in result.Entities)
            map.TryAdd(e.Name, e.Name == EntityNames.Metric && e.Resolution is string catalogueName ? catalogueName : e.Text);
        return map;
    }
}
