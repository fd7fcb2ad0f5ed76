namespace SalesCoach.Data.Risk;

/// <summary>One row of the risk register: a catalogue risk rated in an assessment, with its response, owner and due date.</summary>
public sealed class RiskRating
{
    public long Id { get; set; }
    public long AssessmentId { get; set; }

    /// <summary>The <see cref="RiskCatalogue"/> key.</summary>
    public required string RiskKey { get; set; }
    public int Likelihood { get; set; }
    public int Impact { get; set; }

    /// <summary>Likelihood × impact, stored so the register sorts and compares in SQL.</summary>
    public int Score { get; set; }
    public RiskLevel Level { get; set; }
    public RiskResponse Response { get; set; }
    public string? OwnerId { get; set; }
    public required string OwnerName { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>The data evidence shown when it was rated, as shown (in the assessment's language).</summary>
    public string? Evidence { get; set; }

    /// <summary>True when the rating is the data's suggestion unchanged.</summary>
    public bool FromSignal { get; set; }

    public void Rate(RiskDefinition risk, int likelihood, int impact)
    {
        Likelihood = likelihood;
        Impact = impact;
        Score = RiskMatrix.Score(likelihood, impact);
        Level = RiskMatrix.Level(Score);
        Response = RiskMatrix.DefaultResponse(risk, Level);
    }
}
