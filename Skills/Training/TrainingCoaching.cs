using SalesCoach.Data.Kpi;

namespace SalesCoach.Skills.Training;

/// <summary>
/// Which format answers which shortfall, and the playbook section (Knowledge/Playbook anchors) that goes with it.
/// The pairing is a product decision: skills that are learnt by doing (handling objections, closing) are practised,
/// service habits are learnt from cases, process speed from someone who knows the process, prospecting from outside
/// expertise, and an overall revenue shortfall from coaching on the rep's own pipeline.
/// </summary>
public static class TrainingCoaching
{
    public sealed record Coaching(TrainingFormat Format, string PlaybookSection);

    private static readonly Dictionary<string, Coaching> ByMetric = new(StringComparer.Ordinal)
    {
        [KpiCatalogue.ConversionRate] = new(TrainingFormat.RolePlay, "internal-training"),
        [KpiCatalogue.Csat] = new(TrainingFormat.CaseStudy, "customer-care"),
        [KpiCatalogue.ResponseTime] = new(TrainingFormat.OneOnOne, "customer-communication"),
        [KpiCatalogue.OrderHandlingTime] = new(TrainingFormat.InternalTrainer, "process-improvement"),
        [KpiCatalogue.NewCustomers] = new(TrainingFormat.External, "external-training"),
        [KpiCatalogue.Revenue] = new(TrainingFormat.OneOnOne, "training-plan"),
        [KpiCatalogue.OrderCount] = new(TrainingFormat.CaseStudy, "training-plan"),
        [KpiCatalogue.CustomerCount] = new(TrainingFormat.CaseStudy, "customer-relationship-management"),
    };

    public static Coaching For(string metric) =>
        ByMetric.TryGetValue(metric, out var coaching) ? coaching : new(TrainingFormat.OneOnOne, "training-plan");
}
