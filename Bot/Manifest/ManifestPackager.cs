using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SalesCoach.Bot.Manifest;

/// <summary>
/// Builds the app package Teams uploads: manifest.json with the ids filled in, plus the icons and
/// language files it names, all at the zip root (Teams rejects packages with folders).
/// </summary>
public static partial class ManifestPackager
{
    public const string AppIdPlaceholder = "${{APP_ID}}";
    public const string BotIdPlaceholder = "${{BOT_ID}}";
    public const string TabBaseUrlPlaceholder = "${{TAB_BASE_URL}}";
    public const string TabDomainPlaceholder = "${{TAB_DOMAIN}}";
    public const string SsoClientIdPlaceholder = "${{SSO_CLIENT_ID}}";
    public const string SsoResourcePlaceholder = "${{SSO_RESOURCE}}";

    // Sizes Teams requires; it rejects the package at upload otherwise, so fail here with a clearer reason.
    private static readonly (string Key, PngSize Size)[] Icons = [("color", new(192, 192)), ("outline", new(32, 32))];

    public static async Task<ManifestPackResult> PackAsync(ManifestPackRequest request, CancellationToken cancellationToken = default)
    {
        var appId = RequireGuid(request.AppId, "app id");
        var botId = RequireGuid(request.BotId ?? request.AppId, "bot id");
        var tab = TabAddress.Parse(request.TabBaseUrl);
        // One registration for the bot and the tab's sign-in is the common setup, so the bot's id is the default.
        var ssoClientId = RequireGuid(request.SsoClientId ?? botId, "SSO client id");
        var sso = new SsoApplication(ssoClientId,
            request.SsoResource is null ? SsoApplication.DefaultResource(tab, ssoClientId) : SsoApplication.RequireResource(request.SsoResource));

        var manifestText = await ReadTextAsync(request.ManifestDirectory, ManifestLocator.ManifestFileName, cancellationToken);
        // Every value is a GUID, an https URL or a host name: none needs escaping inside a JSON string.
        manifestText = manifestText
            .Replace(AppIdPlaceholder, appId).Replace(BotIdPlaceholder, botId)
            .Replace(TabBaseUrlPlaceholder, tab.BaseUrl).Replace(TabDomainPlaceholder, tab.Domain)
            .Replace(SsoClientIdPlaceholder, sso.ClientId).Replace(SsoResourcePlaceholder, sso.Resource);
        if (Placeholder().Match(manifestText) is { Success: true } left)
            throw new ManifestPackException($"{ManifestLocator.ManifestFileName} has a placeholder nothing fills in: {left.Value}");
        var manifest = ParseObject(manifestText, ManifestLocator.ManifestFileName);

        var files = new List<(string Name, byte[] Bytes)> { (ManifestLocator.ManifestFileName, Encoding.UTF8.GetBytes(manifestText)) };
        foreach (var (key, size) in Icons)
        {
            var name = ReferencedFile(manifest["icons"]?[key], $"icons.{key}");
            var bytes = await ReadBytesAsync(request.ManifestDirectory, name, cancellationToken);
            var actual = PngSize.TryRead(bytes) ?? throw new ManifestPackException($"{name} is not a PNG file");
            if (actual != size)
                throw new ManifestPackException($"{name} is {actual}, Teams requires {size} for the {key} icon");
            files.Add((name, bytes));
        }
        foreach (var name in LanguageFiles(manifest))
        {
            var text = await ReadTextAsync(request.ManifestDirectory, name, cancellationToken);
            ParseObject(text, name);
            files.Add((name, Encoding.UTF8.GetBytes(text)));
        }

        var outputPath = FullOutputPath(request.OutputPath);
        var bytesWritten = await AppPackageWriter.WriteAsync(outputPath, files, cancellationToken);
        return new ManifestPackResult(outputPath, appId, botId, tab.BaseUrl, sso, files.ConvertAll(f => f.Name), bytesWritten);
    }

    private static string RequireGuid(string value, string what)
    {
        // The schema wants 8-4-4-4-12 hex digits; the all-zero GUID is never a real registration.
        if (!Guid.TryParseExact(value.Trim(), "D", out var guid))
            throw new ManifestPackException($"{what} '{value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, from the Azure Bot / Entra app registration)");
        if (guid == Guid.Empty)
            throw new ManifestPackException($"{what} is the all-zero GUID; use the id of your Azure Bot / Entra app registration");
        return guid.ToString("D");
    }

    private static string FullOutputPath(string path)
    {
        try
        {
            return string.IsNullOrWhiteSpace(path) ? throw new ArgumentException("empty path") : Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ManifestPackException($"output path '{path}' is not a valid file path: {ex.Message}");
        }
    }

    private static IEnumerable<string> LanguageFiles(JsonObject manifest)
    {
        var info = manifest["localizationInfo"];
        if (info?["defaultLanguageFile"] is { } defaultFile)
            yield return ReferencedFile(defaultFile, "localizationInfo.defaultLanguageFile");
        foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
            yield return ReferencedFile(language?["file"], "localizationInfo.additionalLanguages[].file");
    }

    private static string ReferencedFile(JsonNode? node, string where)
    {
        var name = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(name))
            throw new ManifestPackException($"{ManifestLocator.ManifestFileName} has no file name at {where}");
        if (Path.GetFileName(name) != name || name is "." or "..")
            throw new ManifestPackException($"{where} '{name}' must be a file name beside {ManifestLocator.ManifestFileName}: the package is flat");
        return name;
    }

    private static JsonObject ParseObject(string text, string name)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ManifestPackException($"{name} is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ManifestPackException($"{name} is not valid JSON: {ex.Message}");
        }
    }

    private static async Task<string> ReadTextAsync(string directory, string name, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await ReadBytesAsync(directory, name, cancellationToken)).TrimStart('\uFEFF');

    private static async Task<byte[]> ReadBytesAsync(string directory, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ManifestPackException($"cannot read {path}: {ex.Message}");
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Placeholder();
}
