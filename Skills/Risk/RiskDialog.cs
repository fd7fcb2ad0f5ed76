using System.Globalization;
using System.Text.Json;
using SalesCoach.Data.Access;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// risk_check: walks the catalogue one risk at a time (one card each: two ratings are easy to give on a phone
/// and in typing, and each risk has its own evidence), prefilled from the data of the viewer's scope; when every
/// risk is rated or skipped the assessment is saved and the matrix, register and comparison are shown.
/// </summary>
public sealed class RiskDialog(
    ViewerResolver viewers, RiskScopes scopes, RiskSignalQueries signals, RiskAssessmentStore store,
    RiskResultBuilder results, RiskRegisterEditor editor, TimeProvider time) : ISkillDialog
{
    public string Name => Intents.RiskCheck;

    public async Task<IReadOnlyList<Reply>> StartAsync(SkillDialogContext context, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        if (SubmitAction(context.Input) is { } action)
            return action == RiskCardInputs.UpdateAction
                ? [await editor.UpdateAsync(context.Input, locale, cancellationToken)]
                : [Reply.Plain(Strings.Get(locale, "risk.notRunning"))];
        var requester = context.Input.Requester;
        var viewer = requester is null ? null : await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        if (viewer is null) return [Reply.Plain(Strings.Get(locale, "risk.noViewer"))];
        var named = context.Input.Nlu.Entities.Where(e => e.Name is EntityNames.Person or EntityNames.Customer).Select(e => e.Text);
        if (await scopes.UnknownNameAsync(named, cancellationToken) is { } unknown)
            return [Reply.Plain(Strings.Get(locale, "risk.unknownName", unknown))];
        var (scope, access) = await scopes.ResolveAsync(viewer, context.Input.Text, cancellationToken);
        if (!access.Allowed) return [Reply.Plain(Strings.Get(locale, "risk.refused", scope.Display(locale)))];

        var found = (await signals.ReadAsync(scope, time.GetUtcNow(), cancellationToken)).ToDictionary(s => s.RiskKey);
        var (ownerId, ownerName) = await scopes.DefaultOwnerAsync(viewer, scope, cancellationToken);
        var draft = new RiskDraft
        {
            ScopeKind = scope.Kind, ScopeId = scope.Id, ScopeName = scope.Name, ViewerId = viewer.UserId, ViewerName = viewer.Name,
            OwnerId = ownerId, OwnerName = ownerName,
            Items = RiskCatalogue.All.Select(r => new RiskDraftItem { Key = r.Key, Signal = found.GetValueOrDefault(r.Key) }).ToList(),
        };
        context.Save(draft.ToJson());
        var signalsLine = found.Count > 0 ? Strings.Get(locale, "risk.intro.signals", found.Count) : Strings.Get(locale, "risk.intro.noSignals");
        return [Reply.Plain(Strings.Get(locale, "risk.intro", scope.Display(locale), draft.Items.Count, signalsLine)), Ask(locale, draft)];
    }

    public async Task<SkillDialogStep> ContinueAsync(SkillDialogContext context, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        if (RiskDraft.FromJson(context.State) is not { Current: { } item } draft)
        {
            context.End();
            return new SkillDialogStep(await StartAsync(context, cancellationToken));
        }
        // In a group chat everyone shares the conversation: only the person who started the check rates it, so
        // nobody else gets its next card (which shows that person's scope).
        if (await ViewerIdAsync(context, cancellationToken) is { } asking && asking != draft.ViewerId)
            return new SkillDialogStep([Reply.Plain(Strings.Get(locale, "risk.otherViewer", draft.ViewerName))]);
        if (SubmitAction(context.Input) is { } action)
        {
            if (action == RiskCardInputs.UpdateAction) return new SkillDialogStep([await editor.UpdateAsync(context.Input, locale, cancellationToken), Ask(locale, draft)]);
            return await RateFromCardAsync(context, draft, cancellationToken);
        }

        var answer = RiskAnswerParser.Parse(context.Input.Text, likelihoodKnown: item.HalfLikelihood is not null);
        // Only a full answer outranks another request: "top 3 reps by revenue" is a KPI question, not a rating of 3.
        // One rating outranks it only when it says which ("影响嘛不算致命") or completes one kept: "订单量最高的是谁" is a KPI question.
        var half = answer.Kind == RiskAnswerKind.Half && (item.HalfLikelihood is not null || item.HalfImpact is not null || RiskRatingWords.NamesDimension(context.Input.Text));
        if (context.IsOtherRequest && !half && answer.Kind is not (RiskAnswerKind.Rating or RiskAnswerKind.Skip or RiskAnswerKind.AcceptSuggestion or RiskAnswerKind.Finish))
            return SkillDialogStep.Pass(Reply.Plain(Strings.Get(locale, "risk.paused", draft.RatedCount)));
        if (context.Input.Nlu is { IsConfident: true, Intent: Intents.RiskCheck } && answer.Kind is not (RiskAnswerKind.Rating or RiskAnswerKind.Half or RiskAnswerKind.Finish))
            answer = new RiskAnswer(RiskAnswerKind.Resume);

        switch (answer.Kind)
        {
            case RiskAnswerKind.Rating:
                return await RateAsync(context, draft, item, answer.Likelihood, answer.Impact, cancellationToken);
            case RiskAnswerKind.Half:
                return await HalfAsync(context, draft, item, answer, cancellationToken);
            case RiskAnswerKind.AcceptSuggestion when item.Signal is { } signal:
                return await RateAsync(context, draft, item, signal.Likelihood, signal.Impact, cancellationToken);
            case RiskAnswerKind.AcceptSuggestion:
                return Again(locale, draft, Strings.Get(locale, "risk.error.noSuggestion"));
            case RiskAnswerKind.Skip:
                item.Skipped = true;
                return await NextAsync(context, draft, Strings.Get(locale, "risk.skipped", RiskText.Name(locale, item.Key)), cancellationToken);
            case RiskAnswerKind.Finish:
                // Stopping early: what is rated makes the result, the rest counts as skipped.
                var left = draft.Items.Count(i => !i.Done);
                foreach (var open in draft.Items.Where(i => !i.Done)) open.Skipped = true;
                return await NextAsync(context, draft, Strings.Get(locale, "risk.finishedEarly", draft.RatedCount, left), cancellationToken);
            case RiskAnswerKind.Resume:
                return new SkillDialogStep([Reprompt(context)]);
            case RiskAnswerKind.OutOfRange:
                return Again(locale, draft, Strings.Get(locale, "risk.error.range", answer.Offending));
            case RiskAnswerKind.OneNumber:
                return Again(locale, draft, Strings.Get(locale, "risk.error.oneNumber", answer.Offending));
            default:
                return Again(locale, draft, Strings.Get(locale, "risk.error.notNumber", answer.Offending));
        }
    }

    public Reply Reprompt(SkillDialogContext context)
    {
        if (RiskDraft.FromJson(context.State) is not { Current: not null } draft) return Reply.Plain(Strings.Get(context.Locale, "risk.notRunning"));
        var ask = Ask(context.Locale, draft);
        return ask with { Text = Strings.Get(context.Locale, "risk.recap", draft.Scope.Display(context.Locale), draft.RatedCount) + " " + ask.Text };
    }

    private async Task<SkillDialogStep> RateFromCardAsync(SkillDialogContext context, RiskDraft draft, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        var value = context.Input.Value!.Value;
        // A card from further back names its own risk: the rating goes to that risk, the check carries on from where it is.
        var item = Field(value, RiskCardInputs.RiskKey) is { } key ? draft.Items.FirstOrDefault(i => i.Key == key) ?? draft.Current! : draft.Current!;
        var likelihood = Field(value, RiskCardInputs.Likelihood);
        var impact = Field(value, RiskCardInputs.Impact);
        if (string.IsNullOrWhiteSpace(likelihood) || string.IsNullOrWhiteSpace(impact))
            return Again(locale, draft, Strings.Get(locale, "risk.error.cardMissing"));
        if (!Rating(likelihood, out var l) || !Rating(impact, out var i))
            return Again(locale, draft, Strings.Get(locale, "risk.error.range", Rating(likelihood, out _) ? impact : likelihood));
        return await RateAsync(context, draft, item, l, i, cancellationToken);
    }

    /// <summary>One rating of two: kept, and the other asked for; with the one kept before, the risk is rated.</summary>
    private async Task<SkillDialogStep> HalfAsync(SkillDialogContext context, RiskDraft draft, RiskDraftItem item, RiskAnswer answer, CancellationToken cancellationToken)
    {
        var likelihood = answer.Likelihood > 0 ? answer.Likelihood : item.HalfLikelihood;
        var impact = answer.Impact > 0 ? answer.Impact : item.HalfImpact;
        if (likelihood is { } l && impact is { } i) return await RateAsync(context, draft, item, l, i, cancellationToken);
        (item.HalfLikelihood, item.HalfImpact) = (likelihood, impact);
        context.Save(draft.ToJson());
        var name = RiskText.Name(context.Locale, item.Key);
        return new SkillDialogStep([Reply.Plain(likelihood is { } known
            ? Strings.Get(context.Locale, "risk.half.askImpact", name, known)
            : Strings.Get(context.Locale, "risk.half.askLikelihood", name, impact!.Value))]);
    }

    private async Task<SkillDialogStep> RateAsync(SkillDialogContext context, RiskDraft draft, RiskDraftItem item, int likelihood, int impact, CancellationToken cancellationToken)
    {
        (item.HalfLikelihood, item.HalfImpact) = (null, null);
        item.Likelihood = likelihood;
        item.Impact = impact;
        item.Skipped = false;
        var score = RiskMatrix.Score(likelihood, impact);
        var note = Strings.Get(context.Locale, "risk.rated", RiskText.Name(context.Locale, item.Key), likelihood, impact, score, RiskText.Level(context.Locale, RiskMatrix.Level(score)));
        return await NextAsync(context, draft, note, cancellationToken);
    }

    /// <summary>The next question, or, when every risk is answered, the saved result.</summary>
    private async Task<SkillDialogStep> NextAsync(SkillDialogContext context, RiskDraft draft, string note, CancellationToken cancellationToken)
    {
        var locale = context.Locale;
        if (draft.Current is not null)
        {
            context.Save(draft.ToJson());
            var ask = Ask(locale, draft);
            return new SkillDialogStep([ask with { Text = note + "\n\n" + ask.Text }]);
        }
        context.End();
        if (draft.RatedCount == 0) return new SkillDialogStep([Reply.Plain(note + "\n\n" + Strings.Get(locale, "risk.allSkipped"))]);
        var assessment = await store.SaveAsync(RiskResultBuilder.ToAssessment(draft, locale, time.GetUtcNow(), time.LocalTimeZone), cancellationToken);
        var previous = await store.PreviousAsync(assessment.ScopeKey, assessment.Id, cancellationToken);
        return new SkillDialogStep([results.Build(locale, assessment, previous, note + "\n\n", time.LocalTimeZone)]);
    }

    private static SkillDialogStep Again(string locale, RiskDraft draft, string error)
    {
        var ask = Ask(locale, draft);
        return new SkillDialogStep([ask with { Text = error + "\n\n" + ask.Text }]);
    }

    private static Reply Ask(string locale, RiskDraft draft)
    {
        var item = draft.Current!;
        var name = RiskText.Name(locale, item.Key);
        var text = item.Signal is { } s
            ? Strings.Get(locale, "risk.ask.suggested", draft.Position(item), draft.Items.Count, name, s.Likelihood, s.Impact)
            : Strings.Get(locale, "risk.ask", draft.Position(item), draft.Items.Count, name);
        var quick = new List<SuggestedAction>();
        if (item.Signal is not null) quick.Add(Quick(locale, "risk.suggest.accept"));
        quick.Add(Quick(locale, "risk.card.skip"));
        quick.Add(Quick(locale, "risk.card.cancel"));
        return new Reply(text, RiskRatingCard.Build(locale, draft, item), quick);
    }

    private static SuggestedAction Quick(string locale, string key) => new(Strings.Get(locale, key), Strings.Get(locale, key));

    private async Task<string?> ViewerIdAsync(SkillDialogContext context, CancellationToken cancellationToken) =>
        context.Input.Requester is { } r ? (await viewers.ResolveAsync(r.UserId, r.AadObjectId, r.DemoPersona, cancellationToken))?.UserId : null;

    private static string? SubmitAction(DialogInput input) => input.Value is { ValueKind: JsonValueKind.Object } value ? Field(value, RiskCardInputs.Action) : null;

    private static string? Field(JsonElement value, string name) => value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var field)
        ? field.ValueKind switch { JsonValueKind.String => field.GetString(), JsonValueKind.Number => field.GetRawText(), _ => null }
        : null;

    private static bool Rating(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && RiskMatrix.IsRating(value);
}
