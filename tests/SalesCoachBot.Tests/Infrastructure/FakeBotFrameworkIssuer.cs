using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// A local stand-in for the Bot Connector service's token issuer: serves OpenID metadata and a JWKS
/// (with channel endorsements) over HTTPS, and mints channel tokens signed with its key, so the real
/// SDK validation runs end to end without Azure.
/// </summary>
public sealed class FakeBotFrameworkIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "salescoach-test-key";

    private readonly WebApplication _app;
    private readonly RSA _signingKey = RSA.Create(2048);

    private FakeBotFrameworkIssuer(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = string.Empty;

    public static async Task<FakeBotFrameworkIssuer> StartAsync(TestCertificates certificates)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.UseHttps(certificates.Server)));
        var app = builder.Build();
        var issuer = new FakeBotFrameworkIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest r) => Results.Json(new
        {
            issuer = Issuer,
            authorization_endpoint = "https://invalid.example/authorize",
            jwks_uri = $"https://{r.Host}/v1/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () =>
        {
            var p = issuer._signingKey.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements = new[] { "msteams", "test" } },
                },
            });
        });
        await app.StartAsync();
        issuer.MetadataUrl = app.Urls.First() + "/v1/.well-known/openidconfiguration";
        return issuer;
    }

    /// <summary>A channel token for <paramref name="appId"/>; pass another key to forge one, or past times to expire it.</summary>
    public string CreateToken(string appId, string serviceUrl, DateTime? notBefore = null, DateTime? expires = null, RSA? signWith = null)
    {
        var key = new RsaSecurityKey(signWith ?? _signingKey) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: appId,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: notBefore ?? now.AddMinutes(-5),
            expires: expires ?? now.AddMinutes(30),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _signingKey.Dispose();
    }
}
