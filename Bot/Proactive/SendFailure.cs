using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;

namespace SalesCoach.Bot.Proactive;

/// <summary>What a failed send to the Bot Connector means for the next step.</summary>
public enum SendFailureKind
{
    /// <summary>429 or 5xx, or the connection failed: try again after a wait.</summary>
    Transient,
    /// <summary>403: the app was removed or the user blocked it; stop sending to this reference.</summary>
    Forbidden,
    /// <summary>Any other 4xx: the request itself is wrong; retrying cannot help.</summary>
    Permanent,
}

/// <param name="RetryAfter">The channel's Retry-After, in seconds or as a date, turned into a wait.</param>
public sealed record SendFailure(SendFailureKind Kind, int? StatusCode, TimeSpan? RetryAfter, string Message)
{
    public static SendFailure Classify(Exception exception, DateTimeOffset now) => exception switch
    {
        ErrorResponseException { Response: { } response } => FromStatus((int)response.StatusCode, RetryAfterOf(response.Headers, now), exception.Message),
        Microsoft.Rest.HttpOperationException { Response: { } response } => FromStatus((int)response.StatusCode, RetryAfterOf(response.Headers, now), exception.Message),
        HttpRequestException { StatusCode: { } status } => FromStatus((int)status, null, exception.Message),
        HttpRequestException or TaskCanceledException or IOException => new SendFailure(SendFailureKind.Transient, null, null, exception.Message),
        _ => new SendFailure(SendFailureKind.Permanent, null, null, exception.Message),
    };

    private static SendFailure FromStatus(int status, TimeSpan? retryAfter, string message) => status switch
    {
        (int)HttpStatusCode.Forbidden => new SendFailure(SendFailureKind.Forbidden, status, null, message),
        (int)HttpStatusCode.TooManyRequests or >= 500 => new SendFailure(SendFailureKind.Transient, status, retryAfter, message),
        // 408 Request Timeout is the server giving up on a slow request: worth one more try.
        (int)HttpStatusCode.RequestTimeout => new SendFailure(SendFailureKind.Transient, status, retryAfter, message),
        _ => new SendFailure(SendFailureKind.Permanent, status, null, message),
    };

    /// <summary>Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3).</summary>
    internal static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    private static TimeSpan? RetryAfterOf(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null) return null;
        foreach (var (name, values) in headers)
        {
            if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase))
                return ParseRetryAfter(values.FirstOrDefault(), now);
        }
        return null;
    }
}
