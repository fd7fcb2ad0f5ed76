using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// A local OpenID Connect provider standing in for Microsoft Entra ID, over plain HTTP on a loopback port:
/// discovery document, JWKS with an RSA signing key, an authorize endpoint that signs in whoever the test
/// names (no login form), and a token endpoint that checks the client secret and the PKCE verifier before it
/// returns an id token. The test chooses each id token's fault: none, signed with another key, or expired.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "salescoach-web-test";
    public const string ClientSecret = "test-client-secret-0123456789";
    private const string KeyId = "stand-in-key-1";

    private readonly WebApplication _app;
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    private FakeOidcProvider(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = string.Empty;

    /// <summary>Who the next visit to /authorize signs in, and what is wrong with their id token.</summary>
    public Person NextPerson { get; set; } = new(Guid.NewGuid().ToString(), "nobody@example.com", "Nobody");

    public TokenFault NextFault { get; set; } = TokenFault.None;

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new FakeOidcProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = provider.Issuer,
            authorization_endpoint = provider.Issuer + "/authorize",
            token_endpoint = provider.Issuer + "/token",
            jwks_uri = provider.Issuer + "/keys",
            response_types_supported = new[] { "code" },
            subject_types_supported = new[] { "pairwise" },
            id_token_signing_alg_values_supported = new[] { "RS256" },
            code_challenge_methods_supported = new[] { "S256" },
        }));
        app.MapGet("/keys", () =>
        {
            var p = provider._signingKey.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        app.MapGet("/authorize", (HttpRequest r) => provider.Authorize(r));
        app.MapPost("/token", async (HttpRequest r) => provider.Redeem(await r.ReadFormAsync()));
        await app.StartAsync();
        provider.Issuer = app.Urls.First().TrimEnd('/');
        return provider;
    }

    /// <summary>The settings that point the bot at this provider.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["SalesCoach:WebSignIn:Authority"] = Issuer,
        ["SalesCoach:WebSignIn:ClientId"] = ClientId,
        ["SalesCoach:WebSignIn:ClientSecret"] = ClientSecret,
        ["SalesCoach:WebSignIn:RequireHttpsMetadata"] = "false",
    };

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["response_type"] != "code" || string.IsNullOrEmpty(q["redirect_uri"]) || q["code_challenge_method"] != "S256")
            return Results.BadRequest("unexpected authorize request: " + request.QueryString);
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(NextPerson, NextFault, q["nonce"].ToString(), q["redirect_uri"].ToString(), q["code_challenge"].ToString());
        return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}");
    }

    private IResult Redeem(IFormCollection form)
    {
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        if (!_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"])
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != grant.CodeChallenge)
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verifier does not match" }, statusCode: 400);
        var accessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        return Results.Json(new { token_type = "Bearer", access_token = accessToken, expires_in = 3600, id_token = IdToken(grant, accessToken) });
    }

    private string IdToken(Grant grant, string accessToken)
    {
        using var forger = grant.Fault == TokenFault.WrongKey ? RSA.Create(2048) : null;
        // Same key id: a forger would copy it from the published JWKS.
        var key = new RsaSecurityKey(forger ?? _signingKey) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        var (notBefore, expires) = grant.Fault == TokenFault.Expired ? (now.AddHours(-2), now.AddHours(-1)) : (now.AddMinutes(-1), now.AddMinutes(60));
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        var claims = new List<Claim>
        {
            new("sub", "pairwise-" + grant.Person.ObjectId),
            new("oid", grant.Person.ObjectId),
            new("name", grant.Person.Name),
            new("preferred_username", grant.Person.Email),
            new("email", grant.Person.Email),
            new("nonce", grant.Nonce),
            new("at_hash", Base64UrlEncoder.Encode(hash[..(hash.Length / 2)])),
        };
        var token = new JwtSecurityToken(Issuer, ClientId, claims, notBefore, expires, new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        token.Payload["iat"] = EpochTime.GetIntDate(notBefore);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _signingKey.Dispose();
    }

    public sealed record Person(string ObjectId, string Email, string Name);

    public enum TokenFault { None, WrongKey, Expired }

    private sealed record Grant(Person Person, TokenFault Fault, string Nonce, string RedirectUri, string CodeChallenge);
}
