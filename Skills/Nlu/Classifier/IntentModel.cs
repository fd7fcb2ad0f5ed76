using System.Collections.Frozen;
using System.Text;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// The intent classifier: one <see cref="LinearIntentModel"/> per language, each trained only on the examples
/// written in that language and with its own calibration. A message is classified by the model of the
/// language it is written in (<see cref="Shares"/>: "what training does 孙勇 need?" is English; a code-switched
/// sentence is read by both, in proportion). Why not one shared model: new Chinese examples moved English sentences that had passed by a small
/// margin (a shared bias, shared features such as the pattern flags, one temperature); with a model per
/// language, a change to one language's examples cannot change a prediction in the other.
/// </summary>
public sealed class IntentModel
{
    private const string Magic = "SCNLU-L";

    private readonly FrozenDictionary<string, LinearIntentModel> _models;

    public IntentModel(string dataHash, IReadOnlyDictionary<string, LinearIntentModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("at least one language model is needed", nameof(models));
        DataHash = dataHash;
        _models = models.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The hash of the language data the models were trained on.</summary>
    public string DataHash { get; }

    /// <summary>The locales with a model of their own (zh-CN, en-US).</summary>
    public IReadOnlyList<string> Languages => [.. _models.Keys.Order(StringComparer.Ordinal)];

    public LinearIntentModel For(string language) => _models[language];

    public int FeatureCount => _models.Values.Sum(m => m.FeatureCount);

    /// <summary>
    /// How much of <paramref name="text"/> each language's model reads: the share of its words in that language
    /// (Han characters count as words at 1.7 characters a word, as in <see cref="Locales.MainLanguage"/>). A
    /// sentence in one language is read by that model alone, so the other language's examples cannot move it; a
    /// code-switched one ("这个月我 on track 吗", "帮我check一下本月KPI") by both, in proportion. A share under
    /// <see cref="MinorShare"/> is dropped: a Chinese name in an English question does not make it partly Chinese.
    /// Text with no words at all (digits, emoji) goes to the conversation's locale.
    /// </summary>
    public IReadOnlyList<(string Language, double Share)> Shares(string text, string? fallbackLocale = null)
    {
        var han = text.Count(Locales.IsCjk) / 1.7;
        var latin = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord) latin++;
            inWord = letter;
        }
        var total = han + latin;
        if (total == 0)
        {
            var fallback = fallbackLocale is null ? null : Locales.Normalize(fallbackLocale);
            return [(fallback is not null && _models.ContainsKey(fallback) ? fallback : Languages[0], 1.0)];
        }
        var shares = new List<(string, double)>();
        foreach (var (language, share) in new[] { (Locales.Chinese, han / total), (Locales.English, latin / total) })
            if (share >= MinorShare && _models.ContainsKey(language)) shares.Add((language, share));
        if (shares.Count == 0) return [(Locales.MainLanguage(text) is { } main && _models.ContainsKey(main) ? main : Languages[0], 1.0)];
        var sum = shares.Sum(s => s.Item2);
        return [.. shares.Select(s => (s.Item1, s.Item2 / sum)).OrderByDescending(s => s.Item2)];
    }

    /// <summary>Below this share of a message's words a language's model is not asked (names in the other script).</summary>
    public const double MinorShare = 0.25;

    /// <summary>The locale that reads most of <paramref name="text"/>.</summary>
    public string LanguageOf(string text, string? fallbackLocale = null) => Shares(text, fallbackLocale)[0].Language;

    /// <summary>Every intent with its calibrated probability (blended over <paramref name="shares"/>), best first; and how many features the models knew.</summary>
    public (IReadOnlyList<(string Intent, double Probability)> Ranked, int Known) Predict(IReadOnlyList<string> features, IReadOnlyList<(string Language, double Share)> shares)
    {
        if (shares.Count == 1) return For(shares[0].Language).Predict(features);
        var blended = new Dictionary<string, double>(StringComparer.Ordinal);
        var known = 0;
        foreach (var (language, share) in shares)
        {
            var (ranked, k) = For(language).Predict(features);
            known += k;
            foreach (var (intent, p) in ranked) blended[intent] = blended.GetValueOrDefault(intent) + share * p;
        }
        return ([.. blended.Select(kv => (kv.Key, kv.Value))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal)], known);
    }

    /// <summary>That language's model alone.</summary>
    public (IReadOnlyList<(string Intent, double Probability)> Ranked, int Known) Predict(IReadOnlyList<string> features, string language) =>
        For(language).Predict(features);

    public IReadOnlyList<string> Evidence(IReadOnlyList<string> features, string intent, string language, int take = 5) =>
        For(language).Evidence(features, intent, take);

    public void Save(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(LinearIntentModel.FormatVersion);
            writer.Write(DataHash);
            writer.Write(_models.Count);
        }
        foreach (var language in Languages)
        {
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) writer.Write(language);
            _models[language].Save(stream);
        }
    }

    /// <summary>Reads a saved model; throws <see cref="InvalidDataException"/> for a file of another version or a damaged one.</summary>
    public static IntentModel Load(Stream stream)
    {
        try
        {
            string hash;
            int count;
            using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
            {
                if (reader.ReadString() != Magic || reader.ReadInt32() != LinearIntentModel.FormatVersion) throw new InvalidDataException("not an intent model of this version");
                hash = reader.ReadString();
                count = reader.ReadInt32();
            }
            if (count is < 1 or > 16) throw new InvalidDataException("an intent model file with an impossible number of languages");
            var models = new Dictionary<string, LinearIntentModel>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                string language;
                using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true)) language = reader.ReadString();
                var model = LinearIntentModel.Load(stream);
                if (model.DataHash != hash) throw new InvalidDataException("the language models of this file were trained on different data");
                models[language] = model;
            }
            return new IntentModel(hash, models);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the intent model file is cut short", ex);
        }
    }
}
