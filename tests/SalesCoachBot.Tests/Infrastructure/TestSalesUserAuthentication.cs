using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Identity;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// Tests only: signs a request in as the sales user named in the <see cref="Header"/> header (or the ?as= query, for a
/// browser), with exactly the claims the web sign-in sets (SalesClaims), so the dashboard's checks are tested apart from
/// how people sign in.
/// </summary>
public sealed class TestSalesUserAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestSalesUser";
    public const string Header = "X-Test-Sales-User";

    /// <summary>Adds the scheme and makes it the default, after whatever the host configures.</summary>
    public static void AddTo(WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSalesUserAuthentication>(SchemeName, null);
        builder.Services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SchemeName;
            o.DefaultAuthenticateScheme = SchemeName;
            o.DefaultChallengeScheme = SchemeName;
        });
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[Header].ToString();
        if (user.Length == 0) user = Request.Cookies[Header] ?? string.Empty;
        if (user.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(SalesClaims.UserId, user), new Claim(SalesClaims.Source, "test")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
