namespace SalesCoach.Bot.Manifest;

/// <summary>What to pack: the manifest folder, the ids to fill in (bot id defaults to the app id) and the zip to write.</summary>
public sealed record ManifestPackRequest(string ManifestDirectory, string AppId, string? BotId, string OutputPath);
