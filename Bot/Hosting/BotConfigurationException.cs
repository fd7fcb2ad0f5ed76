namespace SalesCoach.Bot.Hosting;

/// <summary>The configuration does not allow the bot to start; the message says which settings to fix.</summary>
public sealed class BotConfigurationException(string message) : Exception(message);
