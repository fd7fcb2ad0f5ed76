using System.Text.Json.Nodes;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>What an e2e script did: its exit code, its output, and the JSON facts it printed last.</summary>
public sealed record NodeScriptResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The last line of stdout parsed as JSON (the scripts' contract, see tests/e2e/lib/scenario.mjs).</summary>
    public JsonObject Facts { get; } = ParseLastLine(StandardOutput);

    public string Describe() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";

    private static JsonObject ParseLastLine(string output)
    {
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        try
        {
            return last is not null && JsonNode.Parse(last) is JsonObject facts ? facts : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
