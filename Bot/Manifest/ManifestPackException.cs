namespace SalesCoach.Bot.Manifest;

/// <summary>The manifest cannot be packed; the message is one line that says why (the command prints it as is).</summary>
public sealed class ManifestPackException(string message) : Exception(message);
