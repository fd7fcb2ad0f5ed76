using System.Diagnostics;
using System.Net;

namespace SalesCoach.Bench.Driver;

/// <summary>One timed POST of an activity (JSON) to /api/messages: the clock stops after the whole reply body is read.</summary>
public readonly record struct ActivityPost(HttpStatusCode? Status, byte[] Reply, double Ms)
{
    /// <summary>Status null: the request failed (a refused connection or a client timeout), a failed turn rather than a crashed benchmark.</summary>
    public static async Task<ActivityPost> SendAsync(HttpClient client, Uri endpoint, byte[] body, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            using var response = await client.PostAsync(endpoint, content, cancellationToken);
            var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new ActivityPost(response.StatusCode, reply, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ActivityPost(null, [], Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
