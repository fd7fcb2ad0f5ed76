using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Training;

/// <summary>
/// training_suggest: whose needs (asked for when the message names nobody), checked against what the asker may
/// see, then the gaps over the recent window, a proposed plan stored for Accept / Decline, and the answer.
/// </summary>
public sealed class TrainingSkill(
    TrainingEntityReader reader,
    TrainingGapAnalysis analysis,
    TrainingPlanner planner,
    TrainingPlanStore plans,
    TrainingReplyBuilder replies,
    ViewerResolver viewers,
    SalesOrganisation organisation,
    KpiQueryService labels,
    TimeProvider clock,
    TrainingPlanCommand decisions) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "training";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill) => skill.Form(Form);

    /// <summary>The plan card's Accept, with the sessions left switched on.</summary>
    public async Task<CardAnswer?> OnCardSubmitAsync(CardSubmit submit, CancellationToken cancellationToken) =>
        await decisions.TryHandleAsync(submit.Text, submit.Requester, submit.User, submit.Locale, cancellationToken) is { } reply ? CardAnswer.Of(reply) : null;

    /// <summary>"接受培训计划 12 第1,3项", "decline training plan 12", "list training plans", a yes to the plan just shown.</summary>
    public Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        decisions.TryHandleAsync(text, requester, user, locale, cancellationToken);

    public string? AnswersTopic => Intents.TrainingSuggest;

    public FormDefinition Form => new(Intents.TrainingSuggest, "form.training.title",
    [
        new SlotDefinition("subject", TrainingEntityNames.Subject, "form.training.ask.subject", "slot.training_subject",
            SuggestionKeys: ["training.suggest.self", "training.suggest.team"], Validator: TrainingEntityReader.Validate),
    ], AnswerAsync, Entities: reader.Read,
        // "same for 华南二组", "scratch that, do it for the whole team instead": the last advice asked for someone else.
        AllowsFollowUps: true);

    public async Task<IReadOnlyList<Reply>> AnswerAsync(FormCompleted completed, CancellationToken cancellationToken)
    {
        var locale = completed.Locale;
        var requester = completed.Requester;
        var viewer = requester is null ? null : await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        if (viewer is null) return [Refused(AccessReasons.UnknownUser, locale)];
        var org = await organisation.GetAsync(cancellationToken);

        if (Resolve(completed["subject"]?.Resolution ?? "self", viewer, org, locale) is not { } subject)
            return [new Reply(Strings.Get(locale, "training.selfNotRep"), null,
                [new SuggestedAction(Strings.Get(locale, "training.suggest.team"), Strings.Get(locale, "training.suggest.team"))])];
        var repTeam = subject.Scope.Kind == KpiScopeKind.Rep ? subject.Reps.FirstOrDefault()?.TeamId : null;
        var decision = SalesAccess.CanSee(viewer, subject.Scope, repTeam);
        if (!decision.Allowed) return [Refused(decision.Reason!, locale)];

        var now = clock.GetUtcNow();
        var zone = clock.LocalTimeZone;
        var days = analysis.Options.WindowDays;
        var from = now.AddDays(-days);
        var found = await analysis.AnalyseAsync(subject.Reps, org, from, now, zone, cancellationToken);
        if (subject.IsGroup)
        {
            // A shortfall the whole team shares does not show against the team's own median: compare teams too.
            var teams = subject.Reps.Select(r => r.TeamId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            found = found with { TeamGaps = await analysis.TeamGapsAsync(teams, from, now, cancellationToken) };
        }
        TrainingPlan? plan = null;
        if (found.Reps.Any(r => r.Gaps.Count > 0) || found.TeamGaps.Count > 0)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            plan = await plans.ProposeAsync(planner.Propose(subject, found, org, viewer.UserId, today, zone, locale), cancellationToken);
        }
        var view = new TrainingView(subject, found, plan, viewer, org, days, labels.Label(from, now, locale));
        var reply = replies.Build(view, locale);
        if (viewer.IsDemoStandIn)
            reply = reply with { Text = reply.Text + "\n\n_" + Strings.Get(locale, "kpi.demoStandIn", viewer.Name) + "_" };
        return [reply];
    }

    private static Reply Refused(string reason, string locale) =>
        Reply.Plain(Strings.Get(locale, "training.refused", Strings.Get(locale, "kpi.refused." + reason)));

    /// <summary>The subject token as a scope and its reps; null when "me" is asked by someone who is not a rep.</summary>
    private static TrainingSubject? Resolve(string token, SalesViewer viewer, OrgSnapshot org, string locale)
    {
        var colon = token.IndexOf(':');
        var (kind, id) = colon < 0 ? (token, string.Empty) : (token[..colon], token[(colon + 1)..]);
        IReadOnlyList<SalesUser> Reps(Func<SalesUser, bool> where) =>
            [.. org.Users.Values.Where(u => u.Role == SalesRole.Rep && where(u)).OrderBy(u => u.Id, StringComparer.Ordinal)];
        switch (kind)
        {
            case "rep" when org.Users.TryGetValue(id, out var rep):
                return new TrainingSubject(KpiScope.Rep(rep.Id, rep.Name), [rep], false);
            case "team" when org.Teams.TryGetValue(id, out var team):
                return new TrainingSubject(KpiScope.Team(team.Id, team.Name), Reps(u => u.TeamId == team.Id), true);
            case "region" when org.Regions.TryGetValue(id, out var region):
                return new TrainingSubject(KpiScope.Region(region.Id, region.Name), Reps(u => u.RegionId == region.Id), true);
            case "company":
                return new TrainingSubject(KpiScope.Company, Reps(_ => true), true);
            case "myteam" when viewer.TeamId is { } mine:
                return new TrainingSubject(KpiScope.Team(mine, org.TeamName(mine) ?? mine), Reps(u => u.TeamId == mine), true);
            case "myteam":
                // An admin has no team of their own: "who needs training" means everyone they see.
                return viewer.Role == SalesRole.Admin
                    ? new TrainingSubject(KpiScope.Company, Reps(_ => true), true)
                    : new TrainingSubject(KpiScope.Rep(viewer.UserId, viewer.Name), org.Users.TryGetValue(viewer.UserId, out var own) ? [own] : [], false);
            default:
                // "我": a rep's own needs; a manager's or an admin's "me" has no peers to compare with.
                return viewer.Role == SalesRole.Rep && org.Users.TryGetValue(viewer.UserId, out var self)
                    ? new TrainingSubject(KpiScope.Rep(self.Id, self.Name), [self], false)
                    : null;
        }
    }
}
