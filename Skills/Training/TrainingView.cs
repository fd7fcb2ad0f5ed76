using SalesCoach.Data.Access;
using SalesCoach.Data.Training;

namespace SalesCoach.Skills.Training;

/// <summary>Everything one answer shows: the subject, the gaps found, the plan proposed (stored, with its id) and who is looking.</summary>
public sealed record TrainingView(
    TrainingSubject Subject,
    TrainingAnalysis Analysis,
    TrainingPlan? Plan,
    SalesViewer Viewer,
    OrgSnapshot Org,
    int Days,
    string WindowLabel);
