using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Proactive;

/// <summary>
/// Kind "test" (only with SalesCoach:Proactive:EnableTestComposer=true): sends the payload and the
/// occurrence key as a bilingual line, so an operator or a test can check the whole path — schedule,
/// job store, claim, rate limits, connector — and count deliveries by key at the receiving end.
/// A payload "every:SECONDS" makes it recurring, to exercise NextDueUtc.
/// </summary>
public sealed class DiagnosticComposer : IProactiveComposer
{
    public const string KindName = "test";

    public string Kind => KindName;

    public Task<ProactiveMessage?> ComposeAsync(ScheduledMessage occurrence, CancellationToken cancellationToken = default)
    {
        if (occurrence.PayloadId == "nothing") return Task.FromResult<ProactiveMessage?>(null);
        DateTimeOffset? next = occurrence.PayloadId.StartsWith("every:", StringComparison.Ordinal) && int.TryParse(occurrence.PayloadId[6..], out var seconds)
            ? occurrence.DueUtc.AddSeconds(seconds)
            : null;
        var text = $"测试消息 / test message [{occurrence.OccurrenceKey}] {occurrence.PayloadId}";
        return Task.FromResult<ProactiveMessage?>(new ProactiveMessage("zh-CN", [new Reply(text)], next));
    }
}
