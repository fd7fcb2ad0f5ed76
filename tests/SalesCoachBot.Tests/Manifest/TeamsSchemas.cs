using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Manifest;

/// <summary>
/// The Teams v1.29 schemas, built for offline validation: MIT-licensed copies kept in tests/data/schemas/teams
/// (the brief's ../shared holds the same files), so the manifest tests run in a bare clone.
/// </summary>
internal static class TeamsSchemas
{
    private const string Version = "v1.29";
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Build("MicrosoftTeams.schema.json"));
    private static readonly Lazy<JsonSchema> LocalizationSchema = new(() => Build("MicrosoftTeams.Localization.schema.json"));

    public static IReadOnlyList<string> ValidateManifest(JsonElement manifest) => Validate(ManifestSchema.Value, manifest);

    public static IReadOnlyList<string> ValidateLocalization(JsonElement strings) => Validate(LocalizationSchema.Value, strings);

    public static string Directory() => RepositoryPaths.InRepository("tests", "data", "schemas", "teams", Version);

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
