using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// Issues and checks the embedded endpoint's tokens: "dl1.{payload}.{HMAC-SHA256}", both parts base64url.
/// A token names its conversation and user, so a holder can neither read nor post elsewhere nor speak
/// as someone else.
/// </summary>
public sealed class DirectLineTokenService(SigningKeyProvider keys, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Prefix = "dl1";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(Math.Max(1, options.Value.TokenLifetimeMinutes));

    public string Issue(string conversationId, string userId)
    {
        var now = clock.GetUtcNow();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, now.ToUnixTimeSeconds(), (now + Lifetime).ToUnixTimeSeconds()));
        var body = Base64Url(payload);
        return $"{Prefix}.{body}.{Sign(body)}";
    }

    /// <summary>The token's grant, or null when it is malformed, forged or expired.</summary>
    public DirectLineToken? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048) return null;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix) return null;
        var expected = Encoding.ASCII.GetBytes(Sign(parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2]))) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<TokenPayload>(FromBase64Url(parts[1]));
            if (payload is null || string.IsNullOrEmpty(payload.Conv) || string.IsNullOrEmpty(payload.User)) return null;
            var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Exp);
            return expires <= clock.GetUtcNow() ? null : new DirectLineToken(payload.Conv, payload.User, expires);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    private string Sign(string body) => Base64Url(HMACSHA256.HashData(keys.Key, Encoding.ASCII.GetBytes(body)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private sealed record TokenPayload(string Conv, string User, long Iat, long Exp);
}
