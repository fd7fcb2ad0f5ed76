using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Training;

/// <summary>
/// The plan's buttons and their typed twins: "接受培训计划 12 [第1,3项]" / "accept training plan 12 [items 1,3]",
/// "拒绝培训计划 12" / "decline training plan 12", and "培训计划列表" / "list training plans". Exact commands, handled
/// before understanding, because they name a stored plan by id rather than ask a question.
/// </summary>
public sealed partial class TrainingPlanCommand(TrainingPlanStore plans, ViewerResolver viewers, SalesOrganisation organisation, TimeProvider clock)
{
    [GeneratedRegex(@"^(?:(?<verb>接受|采纳|确认|拒绝|不采纳|谢绝)\s*培训计划|(?<verb>accept|decline|reject)\s+(?:the\s+)?training\s+plan)\s*#?(?<id>\d{1,12})(?:\s*(?:第|items?|only)\s*(?<items>\d+(?:(?:\s*(?:[,，、]|和|and)\s*|\s+)\d+)*)\s*项?)?\s*[。.!！]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Decide();

    [GeneratedRegex(@"^(?:(?:我的|我们的|团队的|已接受的)?培训计划(?:列表|清单)?|查看培训计划|(?:list|show)\s+(?:my\s+|our\s+|the\s+)?(?:accepted\s+)?training\s+plans|training\s+plans|my\s+training\s+plans)\s*[?？。.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex List();

    public async Task<Reply?> TryHandleAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        text = text.Trim();
        var decide = Decide().Match(text);
        var list = !decide.Success && List().IsMatch(text);
        // "好，就按这个计划来" / "ok, go with that plan": agreement with the plan just shown (Resources/dialog-acts.json).
        var typed = !decide.Success && !list && requester.Submitted is null
            ? Dialogs.DialogActs.IsAffirmation(text) ? true : Dialogs.DialogActs.IsRefusal(text) ? false : (bool?)null
            : null;
        if (!decide.Success && !list && typed is null) return null;

        var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, user.DemoPersona, cancellationToken);
        if (viewer is null) return typed is null ? Reply.Plain(Strings.Get(locale, "training.refused", Strings.Get(locale, "kpi.refused." + AccessReasons.UnknownUser))) : null;
        var org = await organisation.GetAsync(cancellationToken);
        if (list) return await ListAsync(viewer, org, locale, cancellationToken);
        if (typed is { } accepting)
        {
            // Only a plan shown in the last few minutes: a "好" an hour later is about something else.
            var shown = await plans.LatestUndecidedAsync(viewer.UserId, clock.GetUtcNow() - TypedWindow, cancellationToken);
            return shown is null ? null : await DecideAsync(shown.Id, accepting, [], requester, viewer, org, locale, cancellationToken);
        }
        var id = long.Parse(decide.Groups["id"].Value, CultureInfo.InvariantCulture);
        var accept = decide.Groups["verb"].Value.ToLowerInvariant() is "接受" or "采纳" or "确认" or "accept";
        var positions = Regex.Matches(decide.Groups["items"].Value, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        return await DecideAsync(id, accept, positions, requester, viewer, org, locale, cancellationToken);
    }

    /// <summary>How long a typed "好" still answers the plan just shown.</summary>
    public static readonly TimeSpan TypedWindow = TimeSpan.FromMinutes(15);

    private async Task<Reply> DecideAsync(long id, bool accept, HashSet<int> positions, Requester requester, SalesViewer viewer, OrgSnapshot org, string locale, CancellationToken cancellationToken)
    {
        // Typed item numbers win; otherwise the card's toggles say which sessions to keep.
        if (accept && positions.Count == 0 && ToggledItems(requester) is { } toggled)
        {
            if (toggled.Count == 0) return Reply.Plain(Strings.Get(locale, "training.decide.noneChosen", id));
            positions = toggled;
        }
        // The plan is looked at before it is changed: someone who may not see its subject learns nothing about it.
        if (await plans.FindAsync(id, cancellationToken) is not { } existing || !MaySee(viewer, existing, org))
            return Reply.Plain(Strings.Get(locale, "training.decide.notFound", id));
        var decision = await plans.DecideAsync(id, accept, viewer.UserId, positions, cancellationToken);
        return decision.Outcome switch
        {
            TrainingDecisionOutcome.AlreadyDecided => Reply.Plain(Strings.Get(locale, "training.decide.already", id, Strings.Get(locale, "training.status." + decision.Plan!.Status))),
            TrainingDecisionOutcome.NoSuchItems => Reply.Plain(Strings.Get(locale, "training.decide.noSuchItems", id, decision.Plan!.Items.Count)),
            TrainingDecisionOutcome.NotFound => Reply.Plain(Strings.Get(locale, "training.decide.notFound", id)),
            _ when accept => new Reply(Accepted(decision.Plan!, org, locale), null,
                [new SuggestedAction(Strings.Get(locale, "training.action.list"), Strings.Get(locale, "training.command.list"))]),
            _ => Reply.Plain(Strings.Get(locale, "training.decide.declined", id, decision.Plan!.SubjectName)),
        };
    }

    /// <summary>The sessions left switched on in the card, or null when the submit carried no toggles (typed text).</summary>
    private static HashSet<int>? ToggledItems(Requester requester)
    {
        if (requester.Submitted is not { ValueKind: System.Text.Json.JsonValueKind.Object } data) return null;
        HashSet<int>? chosen = null;
        foreach (var property in data.EnumerateObject())
        {
            if (!property.Name.StartsWith(TrainingCard.ItemInputPrefix, StringComparison.Ordinal)
                || !int.TryParse(property.Name.AsSpan(TrainingCard.ItemInputPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                continue;
            chosen ??= [];
            if (property.Value.ValueKind == System.Text.Json.JsonValueKind.String && property.Value.GetString() == "true") chosen.Add(position);
        }
        return chosen;
    }

    private static string Accepted(TrainingPlan plan, OrgSnapshot org, string locale)
    {
        var lines = new List<string> { Strings.Get(locale, "training.decide.accepted", plan.Id, plan.SubjectName) };
        lines.AddRange(plan.Items.Where(i => i.Accepted).OrderBy(i => i.Position).Select(i => "- " + Session(i, org, locale)));
        return string.Join("\n", lines);
    }

    private async Task<Reply> ListAsync(SalesViewer viewer, OrgSnapshot org, string locale, CancellationToken cancellationToken)
    {
        var visible = (await plans.AcceptedAsync(cancellationToken)).Where(p => MaySee(viewer, p, org)).ToList();
        if (visible.Count == 0) return Reply.Plain(Strings.Get(locale, "training.list.empty"));
        var lines = new List<string> { Strings.Get(locale, "training.list.headline", visible.Count) };
        foreach (var plan in visible)
        {
            var decidedBy = plan.DecidedBy is { } by && org.Users.TryGetValue(by, out var u) ? u.Name : plan.DecidedBy ?? string.Empty;
            lines.Add(Strings.Get(locale, "training.list.plan", plan.Id, plan.SubjectName, decidedBy));
            lines.AddRange(plan.Items.Where(i => i.Accepted).OrderBy(i => i.Position).Select(i => "  - " + Session(i, org, locale)));
        }
        return Reply.Plain(string.Join("\n", lines));
    }

    private static string Session(TrainingPlanItem item, OrgSnapshot org, string locale)
    {
        var trainer = item.Format == nameof(TrainingFormat.External) ? Strings.Get(locale, "training.trainer.external")
            : item.TrainerId is { } id && org.Users.TryGetValue(id, out var t) ? t.Name : Strings.Get(locale, "training.trainer.tbd");
        return Strings.Get(locale, "training.list.item", item.Position, KpiCatalogue.Get(item.Metric).Name(locale), TrainingReplyBuilder.Format(item.Format, locale),
            TrainingReplyBuilder.Trainees(item, org, locale), trainer, item.ScheduledOn.ToString("yyyy-MM-dd"), item.PlaybookSection);
    }

    /// <summary>The same rule as the figures: a rep their own plans, a manager their team's and its reps', an admin all.</summary>
    private static bool MaySee(SalesViewer viewer, TrainingPlan plan, OrgSnapshot org)
    {
        var scope = plan.SubjectKind switch
        {
            "rep" => KpiScope.Rep(plan.SubjectId!, plan.SubjectName),
            "team" => KpiScope.Team(plan.SubjectId!, plan.SubjectName),
            "region" => KpiScope.Region(plan.SubjectId!, plan.SubjectName),
            _ => KpiScope.Company,
        };
        var repTeam = scope.Kind == KpiScopeKind.Rep && org.Users.TryGetValue(scope.Id!, out var rep) ? rep.TeamId : null;
        return SalesAccess.CanSee(viewer, scope, repTeam).Allowed;
    }
}
