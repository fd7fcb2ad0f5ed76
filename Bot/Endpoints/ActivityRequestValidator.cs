using System.Text.Json;

namespace SalesCoach.Bot.Endpoints;

/// <summary>
/// Checks the shape of an incoming activity before the Bot Framework adapter sees it. The adapter
/// answers 500 for some malformed activities (a missing serviceUrl throws deep inside); a channel
/// sending garbage deserves a 400 that says what is wrong, and the service must keep serving.
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>Teams and Direct Line messages are far smaller; this leaves room for a polite "too long" reply.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Null when the body looks like an activity; otherwise the reason it does not.</summary>
    public static async Task<string?> ValidateAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return $"The activity is larger than {MaxBodyBytes} bytes.";
        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return "The body must be a JSON activity (Content-Type: application/json).";
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
            return Describe(document.RootElement);
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        catch (IOException)
        {
            return $"The activity is larger than {MaxBodyBytes} bytes.";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? Describe(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object) return "The activity must be a JSON object.";
        if (!HasString(activity, "type")) return "The activity has no type.";
        if (!HasString(activity, "channelId")) return "The activity has no channelId.";
        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return "The activity has no absolute http(s) serviceUrl.";
        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !HasString(conversation, "id"))
            return "The activity has no conversation.id.";
        if (activity.TryGetProperty("from", out var from) && (from.ValueKind != JsonValueKind.Object || !HasString(from, "id")))
            return "The activity's from has no id.";
        if (activity.TryGetProperty("text", out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            return "The activity's text must be a string.";
        return null;
    }

    private static bool HasString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
