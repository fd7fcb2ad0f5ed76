namespace SalesCoach.Skills.Training;

/// <summary>The training form's own entity, read by <see cref="TrainingEntityReader"/>.</summary>
public static class TrainingEntityNames
{
    /// <summary>Whose needs: "self", "myteam", "company", "team:ID", "region:ID", "rep:ID", "unknown:NAME".</summary>
    public const string Subject = "training_subject";
}
