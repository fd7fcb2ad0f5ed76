using Microsoft.AspNetCore.Authentication.Cookies;
using SalesCoach.Data;

namespace SalesCoach.Bot.Identity;

public static class WebSignInServiceCollectionExtensions
{
    public const string OidcScheme = "SalesCoach.Oidc";

    /// <summary>The web pages' sign-in: the cookie, the policy, and demo personas or OpenID Connect by configuration.</summary>
    public static WebApplicationBuilder AddWebSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(WebSignInOptions.SectionName);
        var options = section.Get<WebSignInOptions>() ?? new WebSignInOptions();
        var demoData = builder.Configuration.GetValue($"{DataOptions.SectionName}:{nameof(DataOptions.DemoData)}", true);
        WebSignInModes.Validate(options);
        var mode = WebSignInModes.Resolve(options, demoData, builder.Environment.IsDevelopment());

        services.AddOptions<WebSignInOptions>().BindConfiguration(WebSignInOptions.SectionName);
        services.AddSingleton(new WebSignInState(mode));
        services.AddSingleton<SalesUserMapper>();
        services.AddAntiforgery();
        var authentication = services.AddAuthentication(auth =>
            {
                // Every request reads the cookie, so the token endpoint and the pages see who is signed in.
                auth.DefaultScheme = SalesClaims.CookieScheme;
            })
            .AddCookie(SalesClaims.CookieScheme, cookie => ConfigureCookie(cookie, options));
        if (mode == WebSignInMode.Oidc)
            authentication.AddOpenIdConnect(OidcScheme, oidc => OidcSignIn.Configure(oidc, options));
        services.AddAuthorizationBuilder()
            .AddPolicy(SalesCoachPolicies.SignedIn, policy => policy
                .AddAuthenticationSchemes(SalesClaims.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SalesClaims.UserId));
        return builder;
    }

    /// <summary>Authentication, the dashboard gate and the sign-in pages; before the static files so the gate covers them.</summary>
    public static WebApplication UseWebSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<DashboardGate>();
        app.MapSignInEndpoints();
        var mode = app.Services.GetRequiredService<WebSignInState>().Mode;
        if (mode == WebSignInMode.None)
            app.Logger.LogWarning("Web sign-in is not configured: the dashboard and its data are refused (set SalesCoach:WebSignIn:TenantId, ClientId and ClientSecret)");
        else
            app.Logger.LogInformation("Web sign-in: {Mode}", mode);
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, WebSignInOptions options)
    {
        cookie.Cookie.Name = ".SalesCoach.Web";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(5, options.SessionMinutes));
        cookie.SlidingExpiration = true;
        cookie.LoginPath = SignInPaths.SignIn;
        cookie.LogoutPath = SignInPaths.SignOut;
        cookie.AccessDeniedPath = SignInPaths.Denied;
        cookie.ReturnUrlParameter = "returnUrl";
        // An endpoint elsewhere that requires the policy answers JSON callers with status codes, never a login page.
        cookie.Events.OnRedirectToLogin = context =>
        {
            if (!SignInPaths.IsApi(context.Request.Path)) return DefaultRedirect(context);
            return SignInProblems.AnonymousAsync(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<WebSignInState>().Mode);
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
            SignInPaths.IsApi(context.Request.Path) ? SignInProblems.UnmappedAsync(context.HttpContext) : DefaultRedirect(context);
    }

    private static Task DefaultRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
