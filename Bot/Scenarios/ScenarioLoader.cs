using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesCoach.Bot.Scenarios;

/// <summary>Reads scenario files: one .yml file, or every .yml/.yaml file under a folder (sorted, recursive).</summary>
public static class ScenarioLoader
{
    // Unknown keys are refused: a misspelt check ("hass:") must not pass silently.
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<Scenario> Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new ScenarioFormatException($"no scenario file or folder at '{path}'");
        var all = new List<Scenario>();
        foreach (var file in files) all.AddRange(LoadFile(file));
        var duplicate = all.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ScenarioFormatException($"conversation id '{duplicate.Key}' is used twice ({string.Join(", ", duplicate.Select(s => Path.GetFileName(s.Source)).Distinct())})");
        return all;
    }

    public static IReadOnlyList<Scenario> LoadFile(string file)
    {
        ScenarioFile? parsed;
        try
        {
            parsed = Yaml.Deserialize<ScenarioFile>(File.ReadAllText(file));
        }
        catch (YamlException ex)
        {
            throw new ScenarioFormatException($"{Path.GetFileName(file)} line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}");
        }
        var scenarios = parsed?.Conversations ?? [];
        foreach (var s in scenarios)
        {
            s.Source = file;
            Validate(s, Path.GetFileName(file));
        }
        return scenarios;
    }

    private static void Validate(Scenario s, string file)
    {
        if (string.IsNullOrWhiteSpace(s.Id)) throw new ScenarioFormatException($"{file}: a conversation has no id");
        if (s.Lang is not ("zh" or "en")) throw new ScenarioFormatException($"{file} {s.Id}: lang must be zh or en, not '{s.Lang}'");
        if (s.Turns.Count == 0) throw new ScenarioFormatException($"{file} {s.Id}: no turns");
        foreach (var t in s.Turns)
        {
            if (string.IsNullOrWhiteSpace(t.User)) throw new ScenarioFormatException($"{file} {s.Id}: a turn has no user text");
            if (t.ReplyLang is not (null or "zh" or "en")) throw new ScenarioFormatException($"{file} {s.Id}: reply_lang must be zh or en");
        }
    }
}

/// <summary>A scenario file that cannot be read: the message names the file, the conversation and the problem.</summary>
public sealed class ScenarioFormatException(string message) : Exception(message);
