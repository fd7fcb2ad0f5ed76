using System.Text.Json.Nodes;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>Posts activities to /api/messages with deliveryMode expectReplies and returns the bot's replies.</summary>
public static class ExpectRepliesClient
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonArray> SendAsync(HttpClient client, JsonObject activity)
    {
        // Channels send UTF-8 as is; the default escaping would turn every Chinese character into six bytes.
        using var content = new StringContent(activity.ToJsonString(Relaxed), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["activities"]!.AsArray();
    }

    /// <summary>True when the activity carries an Adaptive Card.</summary>
    public static bool HasCard(JsonNode? activity) =>
        activity?["attachments"]?.AsArray().Any(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive") == true;

    /// <summary>All the text a person would read in the replies: message text plus card text blocks.</summary>
    public static string ReadableText(JsonArray replies) => string.Join("\n", replies.Select(r =>
    {
        var parts = new List<string?> { r?["text"]?.GetValue<string>() };
        foreach (var attachment in r?["attachments"]?.AsArray() ?? [])
            parts.AddRange(attachment?["content"]?["body"]?.AsArray().Select(b => b?["text"]?.GetValue<string>()) ?? []);
        return string.Join("\n", parts.Where(p => p is not null));
    }));
}
