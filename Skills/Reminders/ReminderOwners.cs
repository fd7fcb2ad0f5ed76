using SalesCoach.Data.Access;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Reminders;

/// <summary>Who is asking, as the reminders need it: the chat identity, the sales user behind it, and their zone.</summary>
public sealed class ReminderOwners(ViewerResolver viewers, TimeProvider companyClock)
{
    public async Task<(ReminderOwner Owner, SalesViewer? Viewer, TimeZoneInfo Zone)> ResolveAsync(Requester requester, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        // The demo stand-in is not this person: their reminders stay theirs, not the demo admin's.
        var owner = new ReminderOwner(requester.ChannelId, requester.UserId, viewer is { IsDemoStandIn: false } ? viewer.UserId : null);
        return (owner, viewer, Zone(requester.TimeZone));
    }

    public TimeZoneInfo Zone(string? id) => LocalClock.FindZone(id) ?? companyClock.LocalTimeZone;
}
