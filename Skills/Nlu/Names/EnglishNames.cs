using System.Text;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu.Names;

/// <summary>
/// English spellings of the company's Chinese names, derived from the names themselves: a person by the pinyin of
/// the name in either order ("Zhang Wei", "Wei Zhang", "Zhangwei" for 张伟; "Wang Xiuying" or "Wang Xiu-ying" for
/// 王秀英), a region by its compass words ("East China", "the East", "Huadong" for 华东; "Southwest China" for 西南),
/// a team by its region and number ("East China team 1", "East 2", "华东1组" for 华东二组 ...). <see cref="Rewrite"/>
/// puts the Chinese name in place of the English one, so every skill's own reading of names applies to English
/// messages unchanged. Built once per set of names (the directory changes after a seed or an import).
/// </summary>
public sealed class EnglishNames
{
    private static readonly Dictionary<char, string> Compass = new()
    {
        ['东'] = "east", ['南'] = "south", ['西'] = "west", ['北'] = "north", ['中'] = "central",
    };

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly string[] OrdinalWords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly object Gate = new();
    private static (string Key, EnglishNames Names)? _last;

    private readonly List<(Regex Pattern, string Name)> _places = [];
    private readonly Regex? _people;
    private readonly Dictionary<string, string> _peopleByKey = new(StringComparer.Ordinal);

    private EnglishNames(IReadOnlyList<string> people, IReadOnlyList<string> teams, IReadOnlyList<string> regions)
    {
        var regionForms = regions.ToDictionary(r => r, RegionForms);
        // Teams first and longest first: "East China team 1" must not become "华东 team 1".
        foreach (var team in teams.OrderByDescending(t => t.Length))
            if (TeamPattern(team, regionForms) is { } pattern) _places.Add((pattern, team));
        foreach (var (region, forms) in regionForms.OrderByDescending(r => r.Key.Length))
            if (forms.Count > 0) _places.Add((PlacePattern(forms, region), region));

        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (person.Length is < 2 or > 4 || !person.All(IsHan)) continue;
            var syllables = Pinyin.Syllables(person, isPersonName: true);
            if (syllables.Count != person.Length) continue;
            // Surname first or given name first; a space or a hyphen between the syllables, or none.
            var given = syllables.Skip(1).ToList();
            foreach (var order in new[] { syllables.ToList(), given.Append(syllables[0]).ToList() })
            {
                var key = string.Concat(order);
                // Two people with the same spelling ("Zhang Wei" for 张伟 and 章威) are not told apart by it: neither is rewritten.
                if (!_peopleByKey.TryAdd(key, person) && _peopleByKey[key] != person) ambiguous.Add(key);
                spellings.TryAdd(key, string.Join(@"[\s-]?", order.Select(Regex.Escape)));
            }
        }
        foreach (var key in ambiguous) _peopleByKey.Remove(key);
        if (_peopleByKey.Count > 0)
        {
            var alternatives = _peopleByKey.Keys.OrderByDescending(k => k.Length).Select(k => spellings[k]);
            _people = new Regex($@"(?<![A-Za-z]){Group(alternatives)}(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    /// <summary>The names for this directory, rebuilt only when its names change.</summary>
    public static EnglishNames For(IDirectory directory)
    {
        var key = string.Join('|', directory.People) + "#" + string.Join('|', directory.Teams) + "#" + string.Join('|', directory.Regions);
        lock (Gate)
        {
            if (_last is { } last && last.Key == key) return last.Names;
            var names = new EnglishNames(directory.People, directory.Teams, directory.Regions);
            _last = (key, names);
            return names;
        }
    }

    /// <summary>"what does Sun Yong need" → "what does 孙勇 need"; "and East China team 2?" → "and 华东二组?". Text without Latin letters or digits is returned as it is.</summary>
    public string Rewrite(string text)
    {
        if (!text.Any(char.IsAsciiLetterOrDigit)) return text;
        foreach (var (pattern, name) in _places)
            text = pattern.Replace(text, name);
        if (_people is not null)
            text = _people.Replace(text, m => _peopleByKey.TryGetValue(Key(m.Value), out var name) ? name : m.Value);
        return text;
    }

    /// <summary>The English for a region: "华东" → east china, eastern china, the east, huadong; "西南" → southwest china.</summary>
    private static List<string> RegionForms(string region)
    {
        var forms = new List<string>();
        var core = region.TrimEnd('区').Replace("大", "", StringComparison.Ordinal).Replace("地", "", StringComparison.Ordinal);
        var compass = core.Where(Compass.ContainsKey).Select(c => Compass[c]).ToList();
        // "华东" is "east china"; "西南" is "southwest" (English puts north or south first); anything else has only its pinyin.
        string? direction = null;
        if (core.Length == 2 && core[0] == '华' && compass.Count == 1) direction = compass[0];
        else if (core.Length == 2 && compass.Count == 2 && compass[0] != "central" && compass[1] != "central")
            direction = compass[1] is "north" or "south" ? compass[1] + compass[0] : compass[0] + compass[1];
        if (direction is not null)
        {
            var adjective = direction == "central" ? "central" : direction + "ern";
            forms.AddRange([$"{direction} china", $"{adjective} china", $"{direction} region", $"{adjective} region", $"{direction} area", $"the {direction}", direction]);
        }
        var pinyin = Pinyin.Syllables(core);
        if (pinyin.Count == core.Length && core.Length > 0)
        {
            forms.Add(string.Concat(pinyin));
            if (pinyin.Count > 1) forms.Add(string.Join(' ', pinyin));
        }
        return forms;
    }

    private static Regex PlacePattern(IEnumerable<string> forms, string chinese)
    {
        var alternatives = forms.Append(chinese).Distinct().OrderByDescending(f => f.Length).Select(Loose);
        return new Regex($@"(?<![A-Za-z]){Group(alternatives)}(?:\s+(?:region|area|territory))?(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// "华东一组" (a region's name, a number, 组/队): "East China team 1", "East team one", "East China 1", "east-1",
    /// "team 1 of East China", "East China's first team", "华东1组". A team named otherwise goes by its pinyin.
    /// </summary>
    private static Regex? TeamPattern(string team, Dictionary<string, List<string>> regions)
    {
        var region = regions.Keys.Where(r => team.StartsWith(r, StringComparison.Ordinal)).OrderByDescending(r => r.Length).FirstOrDefault();
        var rest = region is null ? team : team[region.Length..];
        var digits = rest.TrimEnd('组', '队');
        var number = digits.Length is 1 or 2 && digits.All(c => "一二三四五六七八九十".Contains(c) || char.IsAsciiDigit(c)) ? (int)ChineseNumber.Parse(digits) : 0;
        if (number > 10) number = 0;
        if (region is null || number == 0)
        {
            var pinyin = Pinyin.Syllables(team);
            return pinyin.Count == team.Length ? new Regex($@"(?<![A-Za-z]){Loose(string.Join(' ', pinyin))}(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) : null;
        }
        var place = Group(regions[region].Append(region).Distinct().OrderByDescending(f => f.Length).Select(Loose));
        var digit = $"(?:{number}|{NumberWords[number]})";
        var ordinal = $"(?:{OrdinalWords[number]}|{number}(?:st|nd|rd|th))";
        const string Unit = "(?:team|group|squad|unit)";
        var forms = new[]
        {
            $@"{place}(?:'s)?[\s-]*(?:{Unit}\s*)?(?:no\.?\s*|number\s+|#)?{digit}(?:\s*(?:组|队|{Unit}))?",
            $@"{place}(?:'s)?\s+{ordinal}\s+{Unit}",
            $@"{Unit}\s*(?:no\.?\s*|number\s+|#)?{digit}\s+(?:of|in|from)\s+(?:the\s+)?{place}",
            $@"(?:the\s+)?{ordinal}\s+{Unit}\s+(?:of|in|from)\s+(?:the\s+)?{place}",
        };
        return new Regex($@"(?<![A-Za-z]){Group(forms)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string Key(string spelled) => new(spelled.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());

    /// <summary>A form with any run of spaces or a hyphen where it has a space.</summary>
    private static string Loose(string form) => string.Join(@"[\s-]+", form.Split(' ').Select(Regex.Escape));

    private static string Group(IEnumerable<string> alternatives) => "(?:" + string.Join('|', alternatives) + ")";

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
