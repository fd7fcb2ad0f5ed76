using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Training;

/// <summary>Writes a training answer: the evidence per gap (or the ranked view for a group), the proposed plan, and its card.</summary>
public sealed class TrainingReplyBuilder(TrainingEvidence evidence)
{
    /// <summary>How many reps a ranked view lists; the rest are counted.</summary>
    public const int MaxRankedReps = 10;

    public Reply Build(TrainingView view, string locale) => Text(view, locale) with
    {
        // "what could he practise by himself?" means the rep just analysed; "the second one" the second rep listed.
        Focus = view.Subject.IsGroup ? null : view.Subject.Reps.FirstOrDefault() is { } rep ? Referent.Of(ReferentKinds.Person, rep.Id, rep.Name) : null,
        Shown = view.Subject.IsGroup
            ? ShownList.Of(view.Analysis.Reps.Where(r => r.Gaps.Count > 0).Take(MaxRankedReps).Select(r => Referent.Of(ReferentKinds.Person, r.Rep.Id, r.Rep.Name)))
            : null,
    };

    private Reply Text(TrainingView view, string locale)
    {
        var lines = new List<string>();
        var name = view.Subject.Scope.Display(locale);
        if (view.Subject.IsGroup)
        {
            lines.Add(Strings.Get(locale, "training.group.headline", name, view.Days, view.WindowLabel));
            var needing = view.Analysis.Reps.Where(r => r.Gaps.Count > 0).ToList();
            if (view.Analysis.TeamGaps.Count > 0)
            {
                lines.Add(Strings.Get(locale, "training.team.headline"));
                lines.AddRange(view.Analysis.TeamGaps.Select(g => "- " + evidence.TeamLine(g, view.Org, view.Days, locale)));
            }
            if (needing.Count == 0) lines.Add(Strings.Get(locale, view.Analysis.TeamGaps.Count > 0 ? "training.group.noneWithin" : "training.group.none"));
            lines.AddRange(needing.Take(MaxRankedReps).Select((r, i) =>
                $"{i + 1}. **{r.Rep.Name}**: " + string.Join(TrainingSeparators.Clause(locale), r.Gaps.Select(g => evidence.Short(g, locale)))));
            if (needing.Count > MaxRankedReps) lines.Add(Strings.Get(locale, "training.group.more", needing.Count - MaxRankedReps));
            var fine = view.Analysis.Reps.Where(r => r.Gaps.Count == 0).Select(r => r.Rep.Name).ToList();
            if (fine.Count > 0 && needing.Count > 0) lines.Add(Strings.Get(locale, "training.group.fine", string.Join(TrainingSeparators.Names(locale), fine)));
        }
        else
        {
            var needs = view.Analysis.Reps.SingleOrDefault();
            lines.Add(Strings.Get(locale, "training.rep.headline", name, view.Days, view.WindowLabel));
            if (needs is null || needs.Gaps.Count == 0) lines.Add(Strings.Get(locale, "training.rep.none", name));
            else lines.AddRange(needs.Gaps.Select((g, i) => $"{i + 1}. " + evidence.Line(g, view.Days, locale)));
        }

        if (view.Plan is not { Items.Count: > 0 } plan)
            return Reply.Plain(string.Join("\n\n", lines));

        lines.Add(Strings.Get(locale, "training.plan.headline", plan.Id));
        lines.AddRange(plan.Items.Select(item => "- " + ItemLine(item, view, locale)));
        lines.Add(Strings.Get(locale, "training.plan.howToDecide", AcceptText(plan.Id, locale), DeclineText(plan.Id, locale)));
        var card = TrainingCard.Build(view, plan, locale, evidence, this);
        return new Reply(string.Join("\n\n", lines), card,
            [new SuggestedAction(Strings.Get(locale, "training.action.accept"), AcceptText(plan.Id, locale)),
             new SuggestedAction(Strings.Get(locale, "training.action.decline"), DeclineText(plan.Id, locale))]);
    }

    public string ItemLine(TrainingPlanItem item, TrainingView view, string locale) =>
        Strings.Get(locale, "training.plan.item", item.Position, KpiCatalogue.Get(item.Metric).Name(locale), Format(item.Format, locale),
            Strings.Get(locale, "training.focus." + item.Metric), Trainer(item, view, locale), Trainees(item, view.Org, locale),
            item.ScheduledOn.ToString("yyyy-MM-dd"), item.PlaybookSection);

    public static string Format(string format, string locale) => Strings.Get(locale, "training.format." + format);

    /// <summary>
    /// The trainer, with their own figure on the KPI when the viewer may see that person's figures: a rep is told
    /// who can teach them, not a colleague's numbers.
    /// </summary>
    public string Trainer(TrainingPlanItem item, TrainingView view, string locale)
    {
        if (item.Format == nameof(TrainingFormat.External)) return Strings.Get(locale, "training.trainer.external");
        if (item.TrainerId is not { } id || !view.Org.Users.TryGetValue(id, out var trainer)) return Strings.Get(locale, "training.trainer.tbd");
        var best = view.Analysis.Reps.SelectMany(r => r.Gaps).FirstOrDefault(g => g.Metric == item.Metric && g.BestPerformerId == id);
        var visible = SalesAccess.CanSee(view.Viewer, KpiScope.Rep(trainer.Id, trainer.Name), trainer.TeamId).Allowed;
        return best?.BestValue is { } value && visible
            ? Strings.Get(locale, "training.trainer.best", trainer.Name, KpiCatalogue.Get(item.Metric).Name(locale), evidence.Value(KpiCatalogue.Get(item.Metric), value, locale))
            : trainer.Name;
    }

    public static string Trainees(TrainingPlanItem item, OrgSnapshot org, string locale) =>
        string.Join(TrainingSeparators.Names(locale),
            item.TraineeIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => org.Users.TryGetValue(id, out var u) ? u.Name : id));

    public static string AcceptText(long id, string locale) => Strings.Get(locale, "training.command.accept", id);

    public static string DeclineText(long id, string locale) => Strings.Get(locale, "training.command.decline", id);
}
