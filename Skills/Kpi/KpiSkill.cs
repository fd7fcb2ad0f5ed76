using SalesCoach.Data.Access;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// The KPI lookup skill: a form whose only required slot is the metric (the period defaults to the current
/// month and the scope to the widest one the asker may see, both stated in the answer), answered from the
/// sales data for the person asking.
/// </summary>
public sealed class KpiSkill(KpiEntityReader reader, KpiQueryService queries, ViewerResolver viewers, KpiReplyBuilder replies) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "kpi";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill) => skill.Form(Form);

    public FormDefinition Form => new(Intents.KpiQuery, "form.kpi_query.title",
    [
        new SlotDefinition("metric", EntityNames.Metric, "form.kpi_query.ask.metricOnly", "slot.metric",
            SuggestionKeys: ["kpi.suggest.revenue", "kpi.suggest.orders", "kpi.suggest.csat"]),
        new SlotDefinition("period", EntityNames.Period, "form.kpi_query.ask.period", "slot.period", Required: false),
        new SlotDefinition("scope", KpiEntityNames.Scope, "form.kpi_query.ask.metricOnly", "slot.kpi_scope", Required: false),
        new SlotDefinition("versus", KpiEntityNames.Versus, "form.kpi_query.ask.metricOnly", "slot.kpi_versus", Required: false),
        new SlotDefinition("rank", KpiEntityNames.Rank, "form.kpi_query.ask.metricOnly", "slot.kpi_rank", Required: false),
        new SlotDefinition("compare", KpiEntityNames.Compare, "form.kpi_query.ask.metricOnly", "slot.kpi_compare", Required: false),
        new SlotDefinition("trend", KpiEntityNames.Trend, "form.kpi_query.ask.metricOnly", "slot.kpi_trend", Required: false),
        new SlotDefinition("define", KpiEntityNames.Define, "form.kpi_query.ask.metricOnly", "slot.kpi_define", Required: false, CarriedOver: false),
    ], AnswerAsync, AllowsFollowUps: true, Entities: reader.Read);

    public async Task<IReadOnlyList<Reply>> AnswerAsync(FormCompleted completed, CancellationToken cancellationToken)
    {
        var answer = await AskAsync(KpiQuestion.From(completed), completed.Requester, completed.Locale, cancellationToken);
        return [replies.Build(answer, completed.Locale)];
    }

    /// <summary>The answer for a requester (chat) — the same path the CLI takes with its --user.</summary>
    public async Task<KpiAnswer> AskAsync(KpiQuestion question, Requester? requester, string locale, CancellationToken cancellationToken)
    {
        var viewer = requester is null ? null : await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        // The period was read in the requester's zone (theirs from the channel, else the company's); it is measured and compared there too.
        var zone = Data.Reminders.LocalClock.FindZone(requester?.TimeZone);
        return await queries.InZone(zone).AnswerAsync(question, viewer, locale, cancellationToken);
    }

    /// <summary>"什么是客户响应时间?" reaches the knowledge-question intent; a catalogue KPI is defined from the catalogue itself.</summary>
    public Reply? Definition(IntentRequest request)
    {
        if (request.Nlu.Entity(EntityNames.Metric)?.Resolution is not string metric || !KpiPhrases.Definition().IsMatch(request.Text)
            || request.Nlu.Entity(EntityNames.Period) is not null) return null;
        return SalesCoach.Data.Kpi.KpiCatalogue.Find(metric) is { } kpi ? replies.Build(queries.Define(kpi, request.Locale), request.Locale) : null;
    }
}
