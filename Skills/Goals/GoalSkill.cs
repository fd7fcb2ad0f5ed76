using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SalesCoach.Data.Access;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// SMART goals: goal_set is a form (owner, metric, target, deadline; all taken at once when given in one
/// message) whose completion drafts the goal and shows the SMART check for confirmation; goal_progress lists
/// the goals the asker may see with their pace ("我的目标进展", "团队目标", "my goals"), and their history
/// of changes when asked ("目标修改记录", "goal history").
/// </summary>
public sealed partial class GoalSkill(GoalEntityReader reader, GoalDrafting drafting, GoalProgressService progress, GoalStore store,
    ViewerResolver viewers, SalesOrganisation organisation, GoalText text, TimeProvider clock, GoalConfirmationCommand confirmation, DashboardLinks? links = null) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "goals";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill) => skill.Form(Form).Handler(Intents.GoalProgress, ProgressAsync);

    /// <summary>The draft card's Confirm / Edit / Cancel, with the edited inputs.</summary>
    public async Task<CardAnswer?> OnCardSubmitAsync(CardSubmit submit, CancellationToken cancellationToken) =>
        await confirmation.TryHandleAsync(submit.Text, submit.Requester, submit.User, submit.Locale, cancellationToken) is { } reply ? CardAnswer.Of(reply) : null;

    /// <summary>A typed answer to the draft waiting ("确认" / "confirm, it serves the East team's Q4 goal", "取消").</summary>
    public Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        confirmation.TryHandleAsync(text, requester, user, locale, cancellationToken);

    public string? AnswersTopic => Intents.GoalSet;

    [GeneratedRegex(@"团队|小组|本组|\bteams?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TeamWords();

    [GeneratedRegex(@"我的|我自己|\b(?:my|mine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnWords();

    [GeneratedRegex(@"历史|记录|变更|改动|\b(?:history|changes|revisions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HistoryWords();

    public FormDefinition Form => new(Intents.GoalSet, "goal.form.title",
    [
        new SlotDefinition("owner", GoalEntityNames.Owner, "goal.ask.owner", "goal.slot.owner", Validator: GoalSlotValidators.Owner, Required: false),
        new SlotDefinition("metric", EntityNames.Metric, "goal.ask.metric", "slot.metric",
            SuggestionKeys: ["goal.suggest.revenue", "goal.suggest.orders", "goal.suggest.newCustomers"]),
        new SlotDefinition("target", EntityNames.Value, "goal.ask.target", "goal.slot.target", Validator: GoalSlotValidators.Target, FromText: true),
        new SlotDefinition("deadline", GoalEntityNames.Deadline, "goal.ask.deadline", "goal.slot.deadline",
            SuggestionKeys: ["goal.suggest.thisMonth", "goal.suggest.thisQuarter"], Validator: SlotValidators.InTheFuture),
    ], SetAsync, Entities: reader.Read,
        // "不对，改成15个" / "actually make it new customers": a correction re-drafts the goal with the other slots carried over.
        AllowsFollowUps: true);

    public async Task<IReadOnlyList<Reply>> SetAsync(FormCompleted completed, CancellationToken cancellationToken)
    {
        var locale = completed.Locale;
        var metric = completed["metric"]?.Resolution ?? string.Empty;
        var target = decimal.Parse(completed["target"]!.Resolution!, NumberStyles.Float, CultureInfo.InvariantCulture);
        // The KPI measures percentages as 25 for 25%; "25%" already arrives as 25, a bare fraction ("0.25") does not.
        if (KpiCatalogue.Find(metric) is { Unit: KpiUnit.Percent } && !completed["target"]!.Text.Contains('%') && target < 1) target *= 100m;
        if (GoalSlotValidators.Span(completed["deadline"]?.Resolution, text.Zone) is not { } span)
            return [Reply.Plain(Strings.Get(locale, "dialog.invalid.date", completed["deadline"]?.Text ?? string.Empty))];
        var requester = completed.Requester ?? new Requester("anonymous", "unknown");
        var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        var request = new GoalRequest(completed["owner"]?.Resolution, metric, target, span.Start, span.End);
        return [await drafting.DraftAsync(request, viewer, requester, locale, cancellationToken)];
    }

    public async Task<IReadOnlyList<Reply>> ProgressAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        var locale = request.Locale;
        var requester = request.Requester ?? new Requester("anonymous", "unknown");
        var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        if (viewer is null) return [Reply.Plain(Strings.Get(locale, "goal.refused.unknownUser"))];
        var org = await organisation.GetAsync(cancellationToken);
        var goals = await progress.VisibleAsync(viewer, org, cancellationToken);
        // "张伟的目标进展" / "华东一组的目标": one owner's goals, among those the asker may see.
        var owner = reader.Read(new DialogInput(request.Text, request.Nlu, new NluContext(locale, text.Zone, clock.GetUtcNow())))
            .FirstOrDefault(e => e.Name == GoalEntityNames.Owner)?.Resolution as string;
        if (owner is not null && (owner.StartsWith("rep:", StringComparison.Ordinal) || owner.StartsWith("team:", StringComparison.Ordinal)))
        {
            var (kind, id) = (owner.StartsWith("rep:", StringComparison.Ordinal) ? GoalOwnerKind.Rep : GoalOwnerKind.Team, owner[(owner.IndexOf(':') + 1)..]);
            goals = [.. goals.Where(g => g.OwnerKind == kind && g.OwnerId == id)];
        }
        else if (TeamWords().IsMatch(request.Text)) goals = [.. goals.Where(g => g.OwnerKind == GoalOwnerKind.Team)];
        else if (OwnWords().IsMatch(request.Text) && goals.Any(g => g.OwnerKind == GoalOwnerKind.Rep && g.OwnerId == viewer.UserId))
            goals = [.. goals.Where(g => g.OwnerKind == GoalOwnerKind.Rep && g.OwnerId == viewer.UserId)];
        // The menu's "目标" lands here too: setting one is always a tap away.
        IReadOnlyList<SuggestedAction> setOne = [new SuggestedAction(Strings.Get(locale, "goal.suggest.setOne"), Strings.Get(locale, "goal.suggest.setOne"))];
        if (goals.Count == 0) return [new Reply(Strings.Get(locale, "goal.progress.none"), null, setOne)];

        var now = clock.GetUtcNow();
        var paced = new List<(Goal, GoalPace)>();
        var lines = new StringBuilder(Strings.Get(locale, "goal.progress.title")).Append("\n\n");
        foreach (var goal in goals.OrderBy(g => g.Deadline).Take(10))
        {
            var pace = await progress.PaceAsync(goal, now, cancellationToken);
            paced.Add((goal, pace));
            lines.Append("- ").Append(progress.Line(goal, pace, locale)).Append('\n');
            if (HistoryWords().IsMatch(request.Text)) await AppendHistoryAsync(lines, goal, org, locale, cancellationToken);
        }
        // The owners in the order shown: "排最后的那个人需要啥培训" / "the last one's revenue" name them.
        var owners = paced.Select(p => p.Item1).Select(g => Referent.Of(g.OwnerKind == GoalOwnerKind.Team ? ReferentKinds.Team : ReferentKinds.Person, g.OwnerId, g.OwnerName));
        // One owner's goals open on that owner's dashboard; several open on the asker's own view.
        var shownOwners = paced.Select(p => p.Item1).Select(g => g.OwnerKind == GoalOwnerKind.Team ? "team:" + g.OwnerId : "rep:" + g.OwnerId).Distinct().ToList();
        var open = links?.OpenAction(locale, shownOwners.Count == 1 ? shownOwners[0] : null, null, paced.Select(p => p.Item1.Metric).Distinct().Count() == 1 ? paced[0].Item1.Metric : null);
        return [new Reply(lines.ToString().TrimEnd(), GoalCard.Progress(paced, text, locale, open), setOne) { Shown = ShownList.Of(owners) }];
    }

    private async Task AppendHistoryAsync(StringBuilder lines, Goal goal, OrgSnapshot org, string locale, CancellationToken cancellationToken)
    {
        foreach (var revision in await store.RevisionsAsync(goal.Id, cancellationToken))
        {
            var who = org.Users.TryGetValue(revision.ChangedById, out var user) ? user.Name : revision.ChangedById;
            lines.Append("  - ").Append(Strings.Get(locale, "goal.history.line", revision.Revision, Strings.Get(locale, "goal.history." + revision.Change),
                text.Value(goal.Metric, revision.Target, locale), text.LastDay(revision.Deadline), who, text.Day(revision.ChangedAt))).Append('\n');
        }
    }
}
