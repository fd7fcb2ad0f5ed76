using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using SalesCoach.Skills.Routing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesCoach.Skills.Nlu.Language;

/// <summary>
/// Everything the bot knows about how people say things, read from one file per locale
/// (Skills/Nlu/Data/*.yml, embedded): each intent's description, examples, commands and menu entry, and
/// each entity's synonyms. The classifier, the exact commands, the metric catalogue, the LLM prompt and
/// the Teams menu are all built from here, so a new phrasing is a data change.
/// </summary>
public sealed class LanguageData
{
    private static readonly Lazy<LanguageData> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _commands;

    private LanguageData(IReadOnlyList<LanguageFile> files, string hash)
    {
        Files = files;
        Hash = hash;
        var unknown = files.SelectMany(f => f.Intents.Keys).Where(i => !Nlu.Intents.All.Contains(i) && i != Nlu.Intents.None).Distinct().ToList();
        if (unknown.Count > 0) throw new FormatException($"language files name intents the code does not know: {string.Join(", ", unknown)}");
        var commands = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var (intent, entry) in file.Intents)
                foreach (var command in entry.Commands.Append(entry.Menu?.Title).OfType<string>())
                    if (!commands.TryAdd(CoreCommandRecognizer.Normalize(command), intent) && commands[CoreCommandRecognizer.Normalize(command)] != intent)
                        throw new FormatException($"the command '{command}' is given to two intents");
        _commands = commands.ToFrozenDictionary(StringComparer.Ordinal);
        Examples = [.. files.SelectMany(f => f.Intents.SelectMany(kv => kv.Value.Examples.Select(e => new TrainingExample(e, kv.Key, f.Locale))))];
    }

    /// <summary>The files built into the assembly.</summary>
    public static LanguageData Current => Embedded.Value;

    public IReadOnlyList<LanguageFile> Files { get; }

    /// <summary>A hash of the files' text: a trained model is valid for exactly this data.</summary>
    public string Hash { get; }

    public IReadOnlyList<TrainingExample> Examples { get; }

    /// <summary>The intent a whole message stands for as an exact command or menu title, or null.</summary>
    public string? Command(string text) => _commands.GetValueOrDefault(CoreCommandRecognizer.Normalize(text));

    /// <summary>The intent's description in the locale asked for (else the first file that has one).</summary>
    public string Description(string locale, string intent) =>
        File(locale)?.Intents.GetValueOrDefault(intent)?.Description is { Length: > 0 } d ? d
        : Files.Select(f => f.Intents.GetValueOrDefault(intent)?.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? intent;

    /// <summary>The Teams menu of one locale, in file order.</summary>
    public IReadOnlyList<(string Intent, MenuEntry Entry)> Menu(string locale) =>
        [.. (File(locale)?.Intents ?? []).Where(kv => kv.Value.Menu is not null).Select(kv => (kv.Key, kv.Value.Menu!))];

    /// <summary>(canonical value, phrase) pairs of one entity kind, every locale together (people mix languages).</summary>
    public IReadOnlyList<(string Value, string Phrase)> Synonyms(string kind) =>
        [.. Files.SelectMany(f => f.Entities.GetValueOrDefault(kind) ?? [])
            .SelectMany(kv => kv.Value.Select(p => (kv.Key, p)))];

    public LanguageFile? File(string locale) => Files.FirstOrDefault(f => f.Locale == locale);

    /// <summary>Parses language files from their YAML text (tests and tools; the bot uses <see cref="Current"/>).</summary>
    public static LanguageData Parse(IEnumerable<(string Name, string Yaml)> sources)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var files = new List<LanguageFile>();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, yaml) in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n" + yaml));
            try
            {
                var file = deserializer.Deserialize<LanguageFile>(yaml) ?? throw new FormatException($"{name} is empty");
                if (string.IsNullOrEmpty(file.Locale)) throw new FormatException($"{name} has no locale");
                files.Add(file);
            }
            catch (YamlException ex)
            {
                throw new FormatException($"{name}: {ex.Message}", ex);
            }
        }
        return new LanguageData(files, Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant());
    }

    private static LanguageData LoadEmbedded()
    {
        var assembly = typeof(LanguageData).Assembly;
        const string prefix = "SalesCoach.Skills.Nlu.Data.";
        return Parse(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8);
                return (n, reader.ReadToEnd());
            }));
    }
}
