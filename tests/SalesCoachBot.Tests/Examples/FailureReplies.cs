using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Examples;

/// <summary>
/// The bot's own "not found", "didn't understand" and "which one?" sentences, read from its string
/// resources and turned into patterns ({0} matches anything), so a reworded message is still caught.
/// </summary>
public static partial class FailureReplies
{
    public sealed record Failure(string Key, Regex Pattern);

    public static IReadOnlyList<Failure> Templates(string locale) =>
        Read(locale, k => FailureKey().IsMatch(k));

    /// <summary>The questions a form asks for a slot it is missing ("Which metric?").</summary>
    public static IReadOnlyList<Failure> SlotQuestions(string locale) =>
        Read(locale, k => SlotAsk().IsMatch(k));

    private static List<Failure> Read(string locale, Func<string, bool> wanted) =>
        Directory.GetFiles(RepositoryPaths.InRepository("Skills", "Resources"), $"*.{locale}.json")
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())
            .Where(p => wanted(p.Key) && p.Value is JsonValue)
            .Select(p => new Failure(p.Key, ToPattern(p.Value!.GetValue<string>())))
            .ToList();

    private static Regex ToPattern(string template)
    {
        // The fixed words around the placeholders; a short prefix is enough and survives a changed tail.
        var parts = Placeholder().Split(template).Select(Regex.Escape);
        return new Regex(string.Join(".*?", parts), RegexOptions.Singleline);
    }

    [GeneratedRegex(@"(^fallback\.unsure$|^dialog\.(clarify|notUnderstood)$|unknown(User|Scope|Person|Name)|notFound|NotFound|Unlinked|noViewer|invalid\.(person|owner)$)")]
    private static partial Regex FailureKey();

    [GeneratedRegex(@"^form\.[a-z_]+\.ask\.")]
    private static partial Regex SlotAsk();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
