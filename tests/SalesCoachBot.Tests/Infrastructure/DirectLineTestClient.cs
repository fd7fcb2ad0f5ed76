using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>A bare-HTTP Direct Line 3.0 client for protocol tests (the official npm client is exercised in EndToEnd).</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public async Task<JsonObject> GetTokenAsync(string acceptLanguage = "zh-CN")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return http.SendAsync(request);
    }

    public async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Polls until <paramref name="until"/> holds for the activities read so far, or 10 s pass.</summary>
    public async Task<JsonArray> PollAsync(string conversationId, string token, Func<JsonArray, bool> until)
    {
        var all = new JsonArray();
        var watermark = "0";
        for (var i = 0; i < 100; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
            var page = await ReadAsync(response);
            watermark = page["watermark"]!.GetValue<string>();
            foreach (var activity in page["activities"]!.AsArray()) all.Add(activity!.DeepClone());
            if (until(all)) return all;
            await Task.Delay(100);
        }
        throw new TimeoutException("Expected activities did not arrive: " + all.ToJsonString());
    }
}
