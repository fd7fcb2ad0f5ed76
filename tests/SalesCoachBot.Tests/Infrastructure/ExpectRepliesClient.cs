using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>Posts activities to /api/messages with deliveryMode expectReplies and returns the bot's replies.</summary>
public static class ExpectRepliesClient
{
    public static async Task<JsonArray> SendAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["activities"]!.AsArray();
    }

    /// <summary>All the text a person would read in the replies: message text plus card text blocks.</summary>
    public static string ReadableText(JsonArray replies) => string.Join("\n", replies.Select(r =>
    {
        var parts = new List<string?> { r?["text"]?.GetValue<string>() };
        foreach (var attachment in r?["attachments"]?.AsArray() ?? [])
            parts.AddRange(attachment?["content"]?["body"]?.AsArray().Select(b => b?["text"]?.GetValue<string>()) ?? []);
        return string.Join("\n", parts.Where(p => p is not null));
    }));
}
