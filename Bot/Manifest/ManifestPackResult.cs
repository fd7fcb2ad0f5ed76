namespace SalesCoach.Bot.Manifest;

/// <summary>The package written: where, with which ids and addresses, and the files at its root in order.</summary>
public sealed record ManifestPackResult(
    string OutputPath, string AppId, string BotId, string TabBaseUrl, SsoApplication Sso, IReadOnlyList<string> Files, long Bytes);
