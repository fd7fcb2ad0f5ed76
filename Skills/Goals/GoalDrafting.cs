using SalesCoach.Data.Access;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// From a collected goal to a draft waiting for confirmation: whose goal it is and whether the asker may set
/// it, the SMART check with the owner's own history, the link to a team goal, and the confirmation card.
/// Nothing is active until confirmed (see <see cref="GoalConfirmationCommand"/>).
/// </summary>
public sealed class GoalDrafting(GoalStore store, GoalHistory history, SalesOrganisation organisation, GoalText text, TimeProvider clock)
{
    public async Task<Reply> DraftAsync(GoalRequest request, SalesViewer? viewer, Requester requester, string locale, CancellationToken cancellationToken)
    {
        if (viewer is null) return Reply.Plain(Strings.Get(locale, "goal.refused.unknownUser"));
        if (KpiCatalogue.Find(request.Metric) is not { } kpi) return Reply.Plain(Strings.Get(locale, "goal.unknownMetric", request.Metric));
        // M: a breakdown by channel is not one number that can be reached.
        if (kpi.Key == KpiCatalogue.ChannelEfficiency) return Reply.Plain(Strings.Get(locale, "goal.notMeasurable", kpi.Name(locale)));
        var org = await organisation.GetAsync(cancellationToken);
        var (scope, problem) = Owner(request.OwnerToken, viewer, org, locale);
        if (scope is null) return Reply.Plain(problem!);
        var decision = SalesAccess.CanSee(viewer, scope, scope.Kind == KpiScopeKind.Rep && org.Users.TryGetValue(scope.Id!, out var rep) ? rep.TeamId : null);
        if (!decision.Allowed) return Reply.Plain(Strings.Get(locale, "goal.refused." + decision.Reason, scope.Display(locale)));

        var now = clock.GetUtcNow();
        var start = request.Start is { } s && s > now.AddYears(-1) ? s : Today(now);
        var kind = scope.Kind == KpiScopeKind.Team ? GoalOwnerKind.Team : GoalOwnerKind.Rep;
        var draft = new Goal
        {
            OwnerKind = kind,
            OwnerId = scope.Id!,
            OwnerName = scope.Display(locale),
            TeamId = kind == GoalOwnerKind.Team ? scope.Id : org.Users.TryGetValue(scope.Id!, out var owner) ? owner.TeamId : null,
            Metric = kpi.Key,
            Target = request.Target,
            StartsAt = start,
            Deadline = request.Deadline,
            SetById = viewer.UserId,
            DraftChannelUserId = requester.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        draft.ReplacesGoalId = (await store.OverlappingAsync(kind, draft.OwnerId, kpi.Key, start, draft.Deadline, cancellationToken))?.Id;
        draft.ParentGoalId = await ParentAsync(draft, cancellationToken);
        await store.SaveDraftAsync(draft, cancellationToken);
        return await CardAsync(draft, locale, cancellationToken);
    }

    /// <summary>The SMART check and the confirmation card for a draft (again after an edit in the card).</summary>
    public async Task<Reply> CardAsync(Goal draft, string locale, CancellationToken cancellationToken)
    {
        var lines = await CheckAsync(draft, locale, cancellationToken);
        var intro = Strings.Get(locale, draft.ReplacesGoalId is null ? "goal.draft.intro" : "goal.draft.introUpdate", text.Summary(draft, locale));
        var body = intro + "\n\n" + string.Join("\n", lines.Select(l => $"- {(l.Passed ? "✅" : "⚠️")} {l.Letter}: {l.Text}"))
            + "\n\n" + Strings.Get(locale, "goal.draft.howToConfirm");
        return new Reply(body, GoalCard.Draft(draft, lines, text, locale));
    }

    public async Task<IReadOnlyList<SmartLine>> CheckAsync(Goal draft, string locale, CancellationToken cancellationToken)
    {
        var kpi = KpiCatalogue.Get(draft.Metric);
        var now = clock.GetUtcNow();
        var scope = draft.OwnerKind == GoalOwnerKind.Team ? KpiScope.Team(draft.OwnerId, draft.OwnerName) : KpiScope.Rep(draft.OwnerId, draft.OwnerName);
        var assessment = await history.AssessAsync(kpi.Key, scope, draft.Target, draft.StartsAt, draft.Deadline, now, text.Zone, cancellationToken);
        var days = Math.Max(0, (int)Math.Ceiling((draft.Deadline - now).TotalDays));
        return
        [
            new("S", true, Strings.Get(locale, "goal.smart.specific", kpi.Name(locale), draft.OwnerName, text.Value(kpi.Key, draft.Target, locale), text.Span(draft, locale))),
            new("M", true, Strings.Get(locale, "goal.smart.measurable", kpi.Formula(locale))),
            Achievable(assessment, kpi, locale),
            await RelevantAsync(draft, locale, cancellationToken),
            new("T", draft.Deadline > now, Strings.Get(locale, draft.Deadline > now ? "goal.smart.timeBound" : "goal.smart.timePast", text.LastDay(draft.Deadline), days)),
        ];
    }

    private SmartLine Achievable(Achievability a, KpiDefinition kpi, string locale)
    {
        var baseline = text.Value(kpi.Key, a.Baseline, locale);
        var needed = GoalText.Change(a.Needed, a.InPoints, locale);
        var best = GoalText.Change(a.Best, a.InPoints, locale);
        // Periods with something measured: an empty month of revenue reads 0, not a record of anything.
        var periods = a.History.Count(v => v is not null and not 0);
        return a.Verdict switch
        {
            AchievabilityVerdict.NoHistory => new("A", true, Strings.Get(locale, "goal.smart.noHistory")),
            AchievabilityVerdict.AlreadyMet => new("A", true, Strings.Get(locale, "goal.smart.alreadyMet", baseline)),
            AchievabilityVerdict.NoGrowthRecord => new("A", true, Strings.Get(locale, "goal.smart.noGrowthRecord", needed, baseline)),
            AchievabilityVerdict.Realistic => new("A", true, Strings.Get(locale, "goal.smart.realistic", needed, baseline, best, periods)),
            _ => new("A", false, Strings.Get(locale, "goal.smart.stretch", needed, baseline, best, periods)),
        };
    }

    private async Task<SmartLine> RelevantAsync(Goal draft, string locale, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(draft.Relevance)) return new("R", true, Strings.Get(locale, "goal.smart.relevantText", draft.Relevance));
        if (draft.OwnerKind == GoalOwnerKind.Team) return new("R", true, Strings.Get(locale, "goal.smart.relevantTeam"));
        if (draft.ParentGoalId is { } parentId && (await store.ActiveAsync([], [draft.TeamId ?? string.Empty], cancellationToken)).FirstOrDefault(g => g.Id == parentId) is { } parent)
            return new("R", true, Strings.Get(locale, "goal.smart.relevantParent", text.Summary(parent, locale)));
        // Unclear: ask how it ties in, without holding the goal back.
        return new("R", false, Strings.Get(locale, "goal.smart.relevantAsk"));
    }

    /// <summary>The active team goal of the same metric above a rep goal, overlapping its span.</summary>
    private async Task<long?> ParentAsync(Goal draft, CancellationToken cancellationToken)
    {
        if (draft.OwnerKind != GoalOwnerKind.Rep || draft.TeamId is null) return null;
        var team = await store.OverlappingAsync(GoalOwnerKind.Team, draft.TeamId, draft.Metric, draft.StartsAt, draft.Deadline, cancellationToken);
        return team?.Id;
    }

    /// <summary>
    /// Whose goal: the scope named in the message, else the asker's usual one: a rep their own, a manager their
    /// team's (managers set team goals far more often than goals of their own), an admin their own.
    /// </summary>
    private static (KpiScope? Scope, string? Problem) Owner(string? token, SalesViewer viewer, OrgSnapshot org, string locale)
    {
        token ??= viewer.Role == SalesRole.Manager && viewer.TeamId is not null ? "myteam" : "self";
        var (scope, problem) = KpiQueryService.ResolveScope(token, viewer, org);
        if (problem is not null || scope is null)
            return (null, Strings.Get(locale, "goal.invalid.owner", token.Contains(':') ? token[(token.IndexOf(':') + 1)..] : token));
        if (scope.Kind is not (KpiScopeKind.Rep or KpiScopeKind.Team))
            return (null, Strings.Get(locale, "goal.invalid.ownerKind", scope.Display(locale)));
        return (scope, null);
    }

    private DateTimeOffset Today(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, text.Zone).Date;
        return new DateTimeOffset(local, text.Zone.GetUtcOffset(local));
    }
}
