using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Goals;

/// <summary>What goal tests read off a transcript: the goal confirmation card and its buttons.</summary>
internal static class GoalCardReading
{
    /// <summary>The goal confirmation card among the last replies (the one with the target input).</summary>
    public static JsonObject? GoalCard(this ChatTranscript chat) =>
        chat.Cards.SingleOrDefault(c => c["body"]!.AsArray().Any(e => e?["type"]?.GetValue<string>() == "Input.Number"));

    /// <summary>The data of the goal card's button titled <paramref name="title"/>.</summary>
    public static JsonObject Button(this ChatTranscript chat, string title) =>
        (JsonObject)chat.GoalCard()!["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["data"]!;
}
