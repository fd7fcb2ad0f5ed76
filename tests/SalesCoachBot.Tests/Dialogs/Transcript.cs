using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Dialogs;

/// <summary>
/// Drives CoachEngine turn by turn the way a channel would, so tests read as "user says / bot must".
/// The clock is fixed at 2026-11-27 10:00 UTC: "上个月" is in the past, "本季度" is not.
/// </summary>
public sealed class Transcript
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private readonly CoachEngine _engine;
    private readonly string _channelLocale;

    public Transcript(IIntentRecognizer nlu, TestSkills skills, string channelLocale)
    {
        _engine = new CoachEngine(nlu, skills.Registry(), new ManualClock(Now));
        _channelLocale = channelLocale;
    }

    public CoachUserState User { get; } = new();

    /// <summary>Welcomed already: the welcome card would only add noise to every first turn.</summary>
    public CoachConversationState Conversation { get; set; } = new() { Welcomed = true };

    public async Task<BotTurn> UserSays(string text) =>
        new(await _engine.HandleAsync(new Turn(text, _channelLocale, "u1", "李娜", "c1", "test"), User, Conversation));
}
