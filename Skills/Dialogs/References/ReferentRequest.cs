using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs.References;

/// <summary>What a skill gets to act on things it showed: the resolved reference (items, act), the message as understood, who asks.</summary>
public sealed record ReferentRequest(Reference Reference, NluResult Nlu, NluContext Context, string Locale, Requester? Requester)
{
    public string Text => Reference.Text;
}

/// <summary>
/// Acts on referents of the kind it was registered for ("把它改到下午3点", "drop the Umbrella one"); null when the
/// message asks nothing this skill can do with them, so the message goes on as a new request.
/// </summary>
public delegate Task<IReadOnlyList<Reply>?> ReferentHandler(ReferentRequest request, CancellationToken cancellationToken);
