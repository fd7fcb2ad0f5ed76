using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Skills.Training;

/// <summary>Whose needs were asked for, resolved: the scope checked for access and the reps it covers.</summary>
/// <param name="IsGroup">True for a team, region or the company: the answer is a ranked view of who needs what.</param>
public sealed record TrainingSubject(KpiScope Scope, IReadOnlyList<SalesUser> Reps, bool IsGroup);
