using Microsoft.EntityFrameworkCore;
using SalesCoach.Data;
using SalesCoach.Data.Knowledge;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Knowledge;

/// <summary>Stores a tap on an answer's helpful / not helpful button and thanks the user; other turns pass through (null).</summary>
public sealed class KnowledgeFeedbackRecorder(IDbContextFactory<SalesCoachDbContext> database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<TurnOutcome?> TryRecordAsync(Turn turn, CoachUserState user, CancellationToken cancellationToken = default)
    {
        if (KnowledgeFeedback.From(turn.Value) is not { } feedback) return null;
        var locale = Locales.Normalize(user.PreferredLocale ?? feedback.Locale ?? turn.ChannelLocale);
        await using var db = await database.CreateDbContextAsync(cancellationToken);
        db.KnowledgeFeedback.Add(new KnowledgeFeedbackRecord
        {
            CreatedAt = _time.GetUtcNow(),
            UserId = Bounded(turn.UserId, 128),
            ChannelId = Bounded(turn.ChannelId, 64),
            ConversationId = Bounded(turn.ConversationId, 256),
            Locale = locale,
            Question = feedback.Question,
            Helpful = feedback.Helpful,
            Mode = feedback.Mode,
            Source = feedback.Source,
            Section = feedback.Section,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new TurnOutcome(locale, [Reply.Plain(Strings.Get(locale, feedback.Helpful ? "kb.feedback.thanks" : "kb.feedback.sorry"))]);
    }

    private static string Bounded(string text, int max) => text.Length > max ? text[..max] : text;
}
