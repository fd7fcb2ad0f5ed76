using System.Text.Json;

namespace SalesCoach.Bench.Driver;

/// <summary>
/// The message activity every turn posts. expectReplies makes the adapter return the replies in the
/// response body, so the serviceUrl (a closed port) is never called and a turn is one HTTP round trip.
/// </summary>
public static class BenchActivity
{
    public const string ChannelId = "bench";
    public const string ServiceUrl = "http://127.0.0.1:1/";

    /// <summary>Even conversations speak English, odd ones Chinese, so both resource paths are exercised.</summary>
    public static (string Locale, string Text) LanguageOf(int conversation) =>
        conversation % 2 == 0 ? ("en-US", "help") : ("zh-CN", "帮助");

    public static byte[] Build(int conversation, long sequence)
    {
        var (locale, text) = LanguageOf(conversation);
        var activity = new
        {
            type = "message",
            id = $"bench-{conversation}-{sequence}",
            timestamp = DateTimeOffset.UtcNow,
            channelId = ChannelId,
            serviceUrl = ServiceUrl,
            deliveryMode = "expectReplies",
            from = new { id = $"user-{conversation}" },
            recipient = new { id = "bot" },
            conversation = new { id = $"bench-conv-{conversation}" },
            locale,
            text,
        };
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }

    /// <summary>A turn counts only if the body is an ExpectedReplies object carrying at least one activity.</summary>
    public static bool HasReplies(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return false;
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("activities", out var activities)
                && activities.ValueKind == JsonValueKind.Array
                && activities.GetArrayLength() > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
