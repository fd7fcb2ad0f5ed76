using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Training;

/// <summary>What training tests read off a transcript: the training card, the plan id it proposed, a tap on its buttons.</summary>
internal static partial class TrainingCardReading
{
    extension(ChatTranscript chat)
    {
        /// <summary>The training card among the replies (the first message also brings the welcome card).</summary>
        public JsonObject? Card => chat.Cards
            .SingleOrDefault(c => c["actions"] is JsonArray actions && actions.Any(x => x?["data"]?["text"]?.GetValue<string>() is { } t && PlanId().IsMatch(t)));

        /// <summary>The id of the plan just proposed ("#12").</summary>
        public long PlanNumber => long.Parse(PlanIdInText().Match(chat.Text).Groups[1].Value);

        /// <summary>A tap on one of the card's actions: its data (with the card's inputs merged in) as the submit.</summary>
        public Task<string> TapAsync(JsonObject action, IReadOnlyDictionary<string, string>? inputs = null) =>
            chat.SubmitAsync(action["data"]!.AsObject(), inputs);
    }

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex PlanIdInText();

    [GeneratedRegex(@"(?:培训计划|training plan) (\d+)")]
    private static partial Regex PlanId();
}
