using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoach.Tests.EndToEnd;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Cards;

/// <summary>
/// Renders our cards with the npm `adaptivecards` package in Debian's Chromium (one browser for a batch),
/// so a card that Web Chat or Teams would refuse or show empty fails a test here. Use from a [BrowserFact].
/// </summary>
public static class AdaptiveCardsRenderer
{
    /// <param name="cardWidth">The width the card is shown at, in CSS pixels.</param>
    public static async Task<IReadOnlyList<CardRenderResult>> RenderAsync(IEnumerable<string> cardJsons, int cardWidth = 480)
    {
        var cards = new JsonArray(cardJsons.Select(json => JsonNode.Parse(json)).ToArray());
        using var scratch = new TempDirectory("cards");
        var input = scratch.File("cards.json");
        await File.WriteAllTextAsync(input, cards.ToJsonString());
        var run = await NodeScript.RunScriptAsync(null, "render-cards.mjs", [input, cardWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(run.ExitCode == 0 && run.Facts["results"] is JsonArray, $"render-cards.mjs failed: {run.Describe()}");
        return run.Facts["results"]!.AsArray().Select(Read).ToList();
    }

    public static async Task<CardRenderResult> RenderAsync(string cardJson) => (await RenderAsync([cardJson]))[0];

    private static CardRenderResult Read(JsonNode? node) => new(
        Strings(node?["parseErrors"]).Select(s => s ?? "").ToList(),
        node?["rendered"]?.GetValue<bool>() ?? false,
        node?["text"]?.GetValue<string>() ?? "",
        Strings(node?["inputIds"]),
        Strings(node?["actionTitles"]).Select(s => s ?? "").ToList(),
        (node?["images"] as JsonArray ?? []).Select(i => new CardImage(
            i!["naturalWidth"]!.GetValue<int>(), i["shownWidth"]!.GetValue<double>(), i["labelPx"]!.GetValue<double>())).ToList());

    private static List<string?> Strings(JsonNode? array) =>
        array is JsonArray items ? items.Select(i => i?.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : null).ToList() : [];
}
