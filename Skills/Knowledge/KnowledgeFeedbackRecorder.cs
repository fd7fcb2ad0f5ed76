using Microsoft.EntityFrameworkCore;
using SalesCoach.Data;
using SalesCoach.Data.Knowledge;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Knowledge;

/// <summary>Stores a tap on an answer's helpful / not helpful button and thanks the user; other data passes through (null).</summary>
public sealed class KnowledgeFeedbackRecorder(IDbContextFactory<SalesCoachDbContext> database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<CardAnswer?> TryRecordAsync(CardSubmit submit, CancellationToken cancellationToken = default)
    {
        if (KnowledgeFeedback.From(submit.Data) is not { } feedback) return null;
        // The card's own language unless the user chose one since: the thanks answers the card.
        var locale = Locales.Normalize(submit.User.PreferredLocale ?? feedback.Locale ?? submit.Locale);
        var requester = submit.Requester;
        await using var db = await database.CreateDbContextAsync(cancellationToken);
        db.KnowledgeFeedback.Add(new KnowledgeFeedbackRecord
        {
            CreatedAt = _time.GetUtcNow(),
            UserId = Bounded(requester.UserId, 128),
            ChannelId = Bounded(requester.ChannelId, 64),
            ConversationId = Bounded(submit.ConversationId, 256),
            Locale = locale,
            Question = feedback.Question,
            Helpful = feedback.Helpful,
            Mode = feedback.Mode,
            Source = feedback.Source,
            Section = feedback.Section,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new CardAnswer([Reply.Plain(Strings.Get(locale, feedback.Helpful ? "kb.feedback.thanks" : "kb.feedback.sorry"))], locale);
    }

    private static string Bounded(string text, int max) => text.Length > max ? text[..max] : text;
}
