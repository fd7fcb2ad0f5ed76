using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>What a skill does once its form is complete; the engine sends the replies it returns.</summary>
public delegate Task<IReadOnlyList<Reply>> FormAction(FormCompleted completed, CancellationToken cancellationToken);
