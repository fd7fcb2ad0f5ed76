using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Identity;
using SalesCoach.Data.Access;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// POST /api/directline/token: what the web chat page calls first. With an Azure Direct Line secret
/// configured it exchanges the secret with Azure; otherwise it opens a conversation on the embedded
/// endpoint. Either way the browser gets {token, domain, conversationId, userId} and never a secret; the
/// user is the one signed in on the web (the sign-in cookie), or an anonymous one.
/// </summary>
public static class TokenEndpoint
{
    public const string RateLimitPolicy = "directline-token";

    public static WebApplication MapDirectLineToken(this WebApplication app)
    {
        app.MapPost("/api/directline/token", IssueAsync).RequireRateLimiting(RateLimitPolicy).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        return app;
    }

    private static async Task<IResult> IssueAsync(
        HttpRequest request,
        AzureDirectLineClient azure,
        IOptions<DirectLineOptions> options,
        IOptions<WebSignInOptions> signIn,
        IServiceProvider services,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        // Signed in on the web: the chat speaks as that sales user, as the same person does in Teams.
        // Otherwise a fresh, unguessable id (a user id chosen by the browser would let one person read
        // another's state), unless anonymous chat is switched off.
        var salesUserId = request.HttpContext.User.SalesUserId();
        if (salesUserId is null && !signIn.Value.AnonymousChat)
            return DirectLineResults.Error(StatusCodes.Status401Unauthorized, "SignInRequired", "Sign in to chat: " + request.PathBase + SignInPaths.SignIn);
        var userId = salesUserId is not null
            ? WebChatUser.For(salesUserId)
            : "dl_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        if (azure.IsConfigured)
        {
            try
            {
                var token = await azure.GenerateTokenAsync(userId, ct);
                return Results.Json(new { token = token.Token, domain = azure.Endpoint, conversationId = token.ConversationId, userId, expires_in = token.ExpiresIn });
            }
            catch (HttpRequestException ex)
            {
                loggers.CreateLogger(typeof(TokenEndpoint)).LogError(ex, "Azure Direct Line token exchange failed");
                return DirectLineResults.Error(StatusCodes.Status502BadGateway, "ServiceError", "Direct Line is unavailable; try again later.");
            }
        }
        if (!DirectLineServiceCollectionExtensions.EmbeddedEnabled(options.Value, azure))
            return DirectLineResults.Error(StatusCodes.Status404NotFound, "NotConfigured", "Web chat is not configured on this server.");

        var locale = Locales.Normalize(request.Headers.AcceptLanguage.ToString().Split(',').FirstOrDefault());
        var store = services.GetRequiredService<DirectLineConversationStore>();
        var tokens = services.GetRequiredService<DirectLineTokenService>();
        var conversation = await store.CreateAsync(userId, locale, ct);
        var domain = $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";
        return Results.Json(new
        {
            token = tokens.Issue(conversation.Id, userId),
            domain,
            conversationId = conversation.Id,
            userId,
            expires_in = (int)tokens.Lifetime.TotalSeconds,
        });
    }
}
