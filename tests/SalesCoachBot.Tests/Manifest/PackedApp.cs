using SalesCoach.Tests.Infrastructure;
using System.IO.Compression;
using System.Text.Json;
using SalesCoach.Bot.Manifest;

namespace SalesCoach.Tests.Manifest;

/// <summary>The repository's manifest/ packed into a temp zip and read back, entry by entry.</summary>
internal sealed record PackedApp(ManifestPackResult Result, IReadOnlyDictionary<string, byte[]> Entries)
{
    public const string AppId = "6f1c2a8e-5d3b-4c7a-9e21-0b4d8f6a3c15";
    public const string BotId = "0b4d8f6a-3c15-4c7a-9e21-6f1c2a8e5d3b";
    public const string BaseUrl = "https://coach.example.com";

    public JsonElement Json(string name) => JsonDocument.Parse(Entries[name]).RootElement;

    public PngImage Png(string name) => PngImage.Decode(Entries[name]);

    public static Task<PackedApp> PackAsync(TempDirectory temp, string? botId = BotId, string? manifestDirectory = null) =>
        PackAsync(temp, new ManifestPackRequest(manifestDirectory ?? ManifestLocator.Find(), AppId, botId, temp.File("app.zip"), BaseUrl));

    public static async Task<PackedApp> PackAsync(TempDirectory temp, ManifestPackRequest request)
    {
        var result = await ManifestPackager.PackAsync(request);
        using var zip = ZipFile.OpenRead(result.OutputPath);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }
        return new PackedApp(result, entries);
    }
}
