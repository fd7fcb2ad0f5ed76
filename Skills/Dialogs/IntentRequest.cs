using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>What a one-turn intent handler gets: the user's text, how it was understood, and the reply language.</summary>
public sealed record IntentRequest(string Text, NluResult Nlu, string Locale, Requester? Requester = null);
