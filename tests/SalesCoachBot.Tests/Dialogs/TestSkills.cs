using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Tests.Dialogs;

/// <summary>
/// TEST DOUBLES of the real skills (which come in later issues): the forms declared as data, with
/// actions that record what they were given and echo it in a reply marked as a test answer.
/// </summary>
public sealed class TestSkills : ISkill
{
    public string Id => "test";

    public List<FormCompleted> Completed { get; } = [];

    public List<string> KnowledgeQuestions { get; } = [];

    /// <summary>These skills, declared and indexed as the engine gets them.</summary>
    public SkillCatalogue Registry() => new([this]);

    public void Declare(SkillDeclaration registry)
    {
        registry.Form(new FormDefinition(Intents.GoalSet, "form.goal_set.title",
        [
            new SlotDefinition("owner", EntityNames.Person, "form.goal_set.ask.owner", "slot.owner"),
            new SlotDefinition("metric", EntityNames.Metric, "form.goal_set.ask.metric", "slot.metric",
                ["answer.metric.revenue", "answer.metric.orderCount"]),
            new SlotDefinition("value", EntityNames.Value, "form.goal_set.ask.value", "slot.value",
                Validator: SlotValidators.Numeric, FromText: true),
            new SlotDefinition("period", EntityNames.Period, "form.goal_set.ask.period", "slot.period",
                ["answer.period.thisMonth", "answer.period.thisQuarter"], SlotValidators.InTheFuture),
        ], Record));
        registry.Form(new FormDefinition(Intents.ReminderCreate, "form.reminder_create.title",
        [
            new SlotDefinition("customer", EntityNames.Customer, "form.reminder_create.ask.customer", "slot.customer"),
            new SlotDefinition("datetime", EntityNames.DateTime, "form.reminder_create.ask.datetime", "slot.datetime",
                Validator: SlotValidators.InTheFuture),
        ], Record));
        registry.Form(new FormDefinition(Intents.KpiQuery, "form.kpi_query.title",
        [
            new SlotDefinition("metric", EntityNames.Metric, "form.kpi_query.ask.metric", "slot.metric"),
            new SlotDefinition("period", EntityNames.Period, "form.kpi_query.ask.period", "slot.period"),
        ], Record, AllowsFollowUps: true));
        registry.Handler(Intents.KbQuestion, (request, _) =>
        {
            KnowledgeQuestions.Add(request.Text);
            return Task.FromResult<IReadOnlyList<Reply>>([Reply.Plain($"[test kb answer] {request.Text}")]);
        });
    }

    /// <summary>Shows the resolutions, so a transcript can check what the skill would act on.</summary>
    private Task<IReadOnlyList<Reply>> Record(FormCompleted completed, CancellationToken cancellationToken)
    {
        Completed.Add(completed);
        var slots = string.Join(" ", completed.Slots.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value.Resolution ?? s.Value.Text}"));
        return Task.FromResult<IReadOnlyList<Reply>>([Reply.Plain($"[test {completed.FormName} done] {slots}")]);
    }
}
