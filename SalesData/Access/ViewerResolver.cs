using Microsoft.Extensions.Options;

namespace SalesCoach.Data.Access;

/// <summary>
/// Maps a channel identity to a sales user: the Teams AAD object id first (Teams sends it with every
/// message), then the user id itself (the CLI's --user, imported ids, or the sales user a web chat token
/// was issued for, see <see cref="WebChatUser"/>). In demo mode an unknown user is
/// the demo company's administrator, and a demo persona chosen in chat replaces the identity; outside
/// demo mode an unknown user sees nothing until an admin imports them.
/// </summary>
public sealed class ViewerResolver(SalesOrganisation organisation, IOptions<DataOptions> options)
{
    public bool DemoMode => options.Value.DemoData;

    public async Task<SalesViewer?> ResolveAsync(string userId, string? aadObjectId, string? persona, CancellationToken cancellationToken = default)
    {
        var org = await organisation.GetAsync(cancellationToken);
        if (DemoMode && persona is not null && org.Users.TryGetValue(persona, out var acting))
            return SalesViewer.From(acting);
        var user = (aadObjectId is { Length: > 0 } ? org.UserByAad(aadObjectId) : null)
            ?? (org.Users.TryGetValue(WebChatUser.SalesUserId(userId) ?? userId, out var byId) ? byId : null);
        if (user is not null) return SalesViewer.From(user);
        return DemoMode && org.FirstAdmin() is { } admin ? SalesViewer.From(admin, isDemoStandIn: true) : null;
    }
}
