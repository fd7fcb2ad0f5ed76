using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SalesCoach.Bot.Hosting.Connectors;

/// <summary>
/// Bot Framework authentication that hands the adapter reused outbound clients. CloudAdapter builds a
/// ConnectorClient and a UserTokenClient for every incoming activity and disposes both when the turn
/// ends; building one parses the SDK's user-agent regexes and reads assembly attributes, which the
/// profile of a help turn put at about a sixth of its CPU. The clients only wrap credentials and the
/// shared HttpClient, so one per (app id, service URL, audience) serves every turn, as the older
/// BotFrameworkAdapter did with its connector cache. Authentication itself is unchanged: every request
/// is still validated by the inner authentication.
/// </summary>
public sealed class ReusedConnectorAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly ReusedClients _clients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Reuse(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Reuse(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Reuse(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _clients.UserTokenClientAsync(AppIdOf(claimsIdentity), () => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private ConnectorFactory Reuse(ConnectorFactory factory, ClaimsIdentity? identity) =>
        factory is null ? null! : new ReusedConnectorFactory(factory, AppIdOf(identity), _clients);

    /// <summary>The bot's own app id, which picks the credentials the inner factory would use (empty when anonymous).</summary>
    private static string AppIdOf(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? string.Empty;
}
