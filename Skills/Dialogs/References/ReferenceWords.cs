using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Dialogs.References;

// The follow-up words are read by Dialogs/FollowUps too: one file for the words that lean on the last answer.

/// <summary>
/// The words of references, read from Resources/references.json: ordinals, pronouns and demonstratives, "again",
/// and the verbs of what to do with the thing referred to. The ordinal patterns are built from the word lists.
/// </summary>
internal sealed class ReferenceWords
{
    public static ReferenceWords Current { get; } = Load();

    /// <summary>"第二条", "最后那个", "排最后的那个人": group "w" is the number word.</summary>
    public required Regex ChineseOrdinal { get; init; }

    /// <summary>"the second one", "last reminder", "the top one": group "w" is the number word.</summary>
    public required Regex EnglishOrdinal { get; init; }

    /// <summary>Number word (lower case) to position: 1-based from the start, negative from the end.</summary>
    public required IReadOnlyDictionary<string, int> Positions { get; init; }

    /// <summary>Pronouns for a person ("he", "她"), for a thing ("it", "那条"), for all of a list ("them", "这些").</summary>
    public required string[] Person { get; init; }
    public required string[] Thing { get; init; }
    public required string[] All { get; init; }
    public required string[] Again { get; init; }
    public required string[] NotPronouns { get; init; }
    public required string[] ChineseNameMarkers { get; init; }
    public required string[] EnglishNameNouns { get; init; }
    public required string[] NameStopwords { get; init; }
    public required string[] PersonWords { get; init; }
    public required string[] FollowUpStarts { get; init; }
    public required string[] FollowUpEnds { get; init; }
    public required string[] FollowUp { get; init; }

    /// <summary>Act name ("remove", "done", "change") to its verbs.</summary>
    public required IReadOnlyDictionary<string, string[]> Acts { get; init; }

    private static ReferenceWords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SalesCoach.Skills.Resources.references.json")
            ?? throw new InvalidOperationException("references.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        string[] Read(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).OrderByDescending(s => s.Length)];

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("ordinals").EnumerateObject())
            foreach (var word in entry.Value.EnumerateArray())
                positions[word.GetString()!.ToLowerInvariant()] = int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture);

        static bool IsLatin(string s) => s.Any(c => c is >= 'a' and <= 'z');
        static string Alternation(IEnumerable<string> words) => string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var chineseNumbers = positions.Where(p => p.Value > 0 && !IsLatin(p.Key)).Select(p => p.Key);
        var chineseEnds = positions.Where(p => p.Value < 0 && !IsLatin(p.Key)).Select(p => p.Key);
        var english = positions.Where(p => IsLatin(p.Key)).Select(p => p.Key);
        var counters = Alternation(Read("zh_counters"));
        var links = Alternation(Read("zh_link"));
        var chinese = $"(?:{Alternation(Read("zh_ordinal_prefix"))})(?<w>{Alternation(chineseNumbers)}|\\d{{1,2}})(?:{links})?(?:{counters})(?!季|月|周|星期|礼拜|年)"
            + $"|(?:排在|排名|排)?(?<w>{Alternation(chineseEnds)})(?:{links})?(?:{counters})";
        var englishPattern = $"\\b(?:the\\s+)?(?<w>{Alternation(english)})\\s+(?:{Alternation(Read("en_nouns"))})\\b";

        return new ReferenceWords
        {
            ChineseOrdinal = new Regex(chinese, RegexOptions.CultureInvariant),
            EnglishOrdinal = new Regex(englishPattern, RegexOptions.CultureInvariant),
            Positions = positions,
            Person = Read("person"),
            Thing = Read("thing"),
            All = Read("all"),
            Again = Read("again"),
            NotPronouns = Read("not_pronouns"),
            ChineseNameMarkers = Read("zh_name_markers"),
            EnglishNameNouns = Read("en_name_nouns"),
            NameStopwords = Read("name_stopwords"),
            PersonWords = Read("person_words"),
            FollowUpStarts = Read("follow_up_starts"),
            FollowUpEnds = Read("follow_up_ends"),
            FollowUp = Read("follow_up"),
            Acts = root.GetProperty("acts").EnumerateObject().ToDictionary(p => p.Name,
                p => p.Value.EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).OrderByDescending(s => s.Length).ToArray()),
        };
    }
}
