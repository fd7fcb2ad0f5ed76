using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>Answers an intent that needs no form (a knowledge question, a reminder list) in one turn.</summary>
public delegate Task<IReadOnlyList<Reply>> IntentHandler(IntentRequest request, CancellationToken cancellationToken);
