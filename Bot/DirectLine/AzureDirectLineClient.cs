using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// Exchanges the Azure Direct Line secret for a conversation-bound token (POST tokens/generate), so the
/// secret stays on the server and the page only ever sees a short-lived token.
/// </summary>
public sealed class AzureDirectLineClient(HttpClient http, IConfiguration configuration, IOptions<DirectLineOptions> options)
{
    public const string SecretKey = "DirectLineSecret";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration[SecretKey]);

    public string Endpoint => options.Value.AzureEndpoint.TrimEnd('/');

    public async Task<AzureToken> GenerateTokenAsync(string userId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Endpoint}/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", configuration[SecretKey]);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Direct Line token exchange failed with HTTP {(int)response.StatusCode}", null, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<AzureToken>(ct)
            ?? throw new HttpRequestException("Direct Line returned an empty token response");
    }

    public sealed record AzureToken(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
