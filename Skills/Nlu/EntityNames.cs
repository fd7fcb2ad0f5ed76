namespace SalesCoach.Skills.Nlu;

/// <summary>The entity names, as in the evaluation files.</summary>
public static class EntityNames
{
    public const string Metric = "metric";
    public const string Period = "period";
    public const string Person = "person";
    public const string Customer = "customer";
    public const string DateTime = "datetime";
    public const string Value = "value";
}
