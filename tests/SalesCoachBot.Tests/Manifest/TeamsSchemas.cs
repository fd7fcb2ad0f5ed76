using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SalesCoach.Tests.Manifest;

/// <summary>
/// The Teams v1.29 schemas from ../shared/schemas/teams beside the repository, built for offline validation.
/// </summary>
internal static class TeamsSchemas
{
    private const string Version = "v1.29";
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Build("MicrosoftTeams.schema.json"));
    private static readonly Lazy<JsonSchema> LocalizationSchema = new(() => Build("MicrosoftTeams.Localization.schema.json"));

    public static IReadOnlyList<string> ValidateManifest(JsonElement manifest) => Validate(ManifestSchema.Value, manifest);

    public static IReadOnlyList<string> ValidateLocalization(JsonElement strings) => Validate(LocalizationSchema.Value, strings);

    /// <summary>
    /// The schema folder: CI checks the repository out with shared/ beside it, so walk up from the
    /// test binaries to the first folder that holds shared/schemas/teams/v1.29 (the repo's parent).
    /// </summary>
    public static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", "teams", Version);
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException($"shared/schemas/teams/{Version} not found above {AppContext.BaseDirectory}; check out shared/ beside the repository");
    }

    private static JsonSchema Build(string fileName)
    {
        var path = Path.Combine(Directory(), fileName);
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        // The Teams schemas declare draft-04, which JsonSchema.Net does not implement. They only use
        // keywords that mean the same in draft-07 ($ref ignores its siblings in both, no boolean
        // exclusiveMinimum, no "id"), so evaluate them as draft-07.
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        // A private registry that never fetches: every $ref points inside the same file, and tests must not touch the network.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry { Fetch = (_, _) => null } };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(schema), options, new Uri(path));
    }

    private static IReadOnlyList<string> Validate(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }
}
