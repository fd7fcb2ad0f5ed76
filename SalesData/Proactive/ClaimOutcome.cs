namespace SalesCoach.Data.Proactive;

/// <summary>What a sender learns when it tries to take an occurrence.</summary>
public enum ClaimResult
{
    /// <summary>This sender owns the occurrence now and must finish it.</summary>
    Claimed,
    /// <summary>Already sent, failed for good or skipped: nothing to do.</summary>
    AlreadyDone,
    /// <summary>Another sender holds a live claim on it (a duplicate firing running right now): leave it.</summary>
    Busy,
}

/// <param name="Record">The delivery row (the caller's own when <see cref="ClaimResult.Claimed"/>).</param>
public sealed record ClaimOutcome(ClaimResult Result, DeliveryRecord Record);
