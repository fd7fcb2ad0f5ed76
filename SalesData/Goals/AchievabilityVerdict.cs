namespace SalesCoach.Data.Goals;

public enum AchievabilityVerdict
{
    /// <summary>No value in the latest comparable period (or zero, which no growth can be measured from).</summary>
    NoHistory,
    /// <summary>The baseline already meets the target: achievable, and perhaps not ambitious.</summary>
    AlreadyMet,
    /// <summary>Improvement is needed and only one comparable period is known, so there is no past growth to set it against.</summary>
    NoGrowthRecord,
    /// <summary>The needed change is no more than the best change achieved before.</summary>
    Realistic,
    /// <summary>The needed change exceeds the best change achieved before: named, never refused.</summary>
    Stretch,
}
