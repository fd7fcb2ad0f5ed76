namespace SalesCoach.Skills.Nlu;

/// <summary>The top intent with its confidence, and the entities found.</summary>
/// <param name="IsConfident">False below the recogniser's threshold: the bot asks a clarifying question.</param>
/// <param name="Alternatives">The runners-up, best first, for the clarifying question.</param>
public sealed record NluResult(
    string Intent,
    double Confidence,
    IReadOnlyList<EntitySpan> Entities,
    bool IsConfident,
    IReadOnlyList<(string Intent, double Confidence)>? Alternatives = null)
{
    public EntitySpan? Entity(string name) => Entities.FirstOrDefault(e => e.Name == name);
}
