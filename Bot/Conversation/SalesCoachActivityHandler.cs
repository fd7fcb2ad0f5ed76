using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SalesCoach.Bot.Proactive;
using SalesCoach.Bot.State;
using SalesCoach.Data.Diagnostics;
using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Conversation;

/// <summary>
/// The Teams-aware activity handler: turns activities into channel-neutral turns for the CoachEngine,
/// sends its replies back, and saves conversation and user state at the end of every turn.
/// </summary>
public sealed class SalesCoachActivityHandler(
    ConversationState conversationState,
    UserState userState,
    CoachEngine engine,
    ConversationTurnLock turnLock,
    ConversationReferenceRecorder references,
    BatchedStateReads stateReads,
    ILogger<SalesCoachActivityHandler> logger) : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<CoachConversationState> _conversation =
        conversationState.CreateProperty<CoachConversationState>(nameof(CoachConversationState));
    private readonly IStatePropertyAccessor<CoachUserState> _user =
        userState.CreateProperty<CoachUserState>(nameof(CoachUserState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var stage = TurnStages.Start();
        using var _ = await turnLock.AcquireAsync(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, cancellationToken);
        TurnStages.Record(TurnStages.LockWait, stage);
        // Reminders and the digest reach the user through the reference stored here (install, conversationUpdate, every message).
        stage = TurnStages.Start();
        await references.RecordAsync(turnContext, cancellationToken);
        TurnStages.Record(TurnStages.Reference, stage);
        if (StateKeys(turnContext.Activity) is { } keys)
            BatchedStateReads.Hold(await stateReads.ReadManyAsync(keys, cancellationToken));
        stage = TurnStages.Start();
        await base.OnTurnAsync(turnContext, cancellationToken);
        TurnStages.Record(TurnStages.Handle, stage);
        stage = TurnStages.Start();
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
        TurnStages.Record(TurnStages.Save, stage);
    }

    /// <summary>
    /// The storage keys ConversationState and UserState use for a message (the SDK's own format), read together
    /// before the turn; null for other activities, which are rare and read as the SDK does.
    /// </summary>
    private static string[]? StateKeys(Activity activity) =>
        activity.Type == ActivityTypes.Message && activity.ChannelId is { Length: > 0 } channel
            && activity.Conversation?.Id is { Length: > 0 } conversation && activity.From?.Id is { Length: > 0 } user
            ? [$"{channel}/conversations/{conversation}", $"{channel}/users/{user}"]
            : null;

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversation = await _conversation.GetAsync(turnContext, () => new CoachConversationState(), cancellationToken);
        var user = await _user.GetAsync(turnContext, () => new CoachUserState(), cancellationToken);
        var turn = ActivityMapper.ToTurn(activity);
        // Card submits too: the engine routes each to the skill its data names.
        var outcome = await engine.HandleAsync(turn, user, conversation, cancellationToken);
        await RememberAsync(turnContext, conversation, user, cancellationToken);
        // For in-process callers (the scenario runner): what was understood, never sent to a channel.
        if (outcome.Trace is not null) turnContext.TurnState[TurnTrace.TurnStateKey] = outcome.Trace;
        logger.LogDebug("Turn in {ChannelId} answered with {Count} replies in {Locale}", activity.ChannelId, outcome.Replies.Count, outcome.Locale);
        await SendAsync(turnContext, outcome, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> teamsMembersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    /// <summary>
    /// Install, conversationUpdate and the first message can all arrive for one conversation; the
    /// welcome goes out once per conversation, remembered in its state.
    /// </summary>
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversation = await _conversation.GetAsync(turnContext, () => new CoachConversationState(), cancellationToken);
        var user = await _user.GetAsync(turnContext, () => new CoachUserState(), cancellationToken);
        var locale = Locales.Resolve(user.PreferredLocale, ActivityLocale.Of(turnContext.Activity), null);
        var replies = engine.Welcome(locale, conversation);
        if (replies.Count == 0) return;
        await RememberAsync(turnContext, conversation, user, cancellationToken);
        // Claim the welcome in storage before sending it: if another instance's turn saved this
        // conversation first, the eTag check fails here and nothing is sent twice.
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await SendAsync(turnContext, new TurnOutcome(locale, replies), cancellationToken);
    }

    /// <summary>
    /// State is stored without CLR type names (see EfCoreStorage), so a read hands back a copy built from
    /// JSON: the changed objects must be put back explicitly to be saved.
    /// </summary>
    private async Task RememberAsync(ITurnContext turnContext, CoachConversationState conversation, CoachUserState user, CancellationToken cancellationToken)
    {
        await _conversation.SetAsync(turnContext, conversation, cancellationToken);
        await _user.SetAsync(turnContext, user, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext turnContext, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        var activities = outcome.Replies.Select(r => (IActivity)ActivityMapper.ToActivity(r, outcome.Locale)).ToArray();
        if (activities.Length > 0)
            await turnContext.SendActivitiesAsync(activities, cancellationToken);
    }
}
