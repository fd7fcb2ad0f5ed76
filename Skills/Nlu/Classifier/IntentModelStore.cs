using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// The trained model for the language data in force: loaded from the cache folder when a model of that
/// data's hash is there, otherwise trained (a few seconds, once) and saved there. A new phrasing in the
/// language files changes the hash, so the next start retrains by itself.
/// </summary>
public static class IntentModelStore
{
    private static readonly Lazy<IntentModel> Shared = new(() => LoadOrTrain(DefaultFolder, LanguageData.Current));

    /// <summary>Where processes that are not given a data directory (tests, admin commands) cache the model.</summary>
    public static string DefaultFolder => Path.Combine(Path.GetTempPath(), "salescoach-nlu");

    /// <summary>The model for the built-in language files, cached in <see cref="DefaultFolder"/>.</summary>
    public static IntentModel Default => Shared.Value;

    public static string PathFor(string folder, LanguageData data) =>
        Path.Combine(folder, $"intent-model-v{LinearIntentModel.FormatVersion}-{data.Hash}.bin");

    // One model per data in a process: several hosts in one process (tests, benchmarks) share it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IntentModel>> Loaded = new(StringComparer.Ordinal);

    public static IntentModel LoadOrTrain(string folder, LanguageData data)
    {
        var model = Loaded.GetOrAdd(data.Hash, _ => new Lazy<IntentModel>(() => TryLoad(PathFor(folder, data), data) ?? TryLoad(PathFor(DefaultFolder, data), data) ?? Train(data))).Value;
        var path = PathFor(folder, data);
        if (!File.Exists(path)) TrySave(model, folder, path);
        return model;
    }

    /// <summary>The saved model at <paramref name="path"/> if it is one for this data, else null.</summary>
    public static IntentModel? TryLoad(string path, LanguageData data)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var model = IntentModel.Load(stream);
            return model.DataHash == data.Hash ? model : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A damaged or foreign file is no reason not to start: train again and replace it.
            return null;
        }
    }

    /// <summary>One model per language, each from the examples written in it (see <see cref="IntentModel"/>).</summary>
    public static IntentModel Train(LanguageData data) => Train(TrainingSet(data), data.Hash);

    public static IntentModel Train(IReadOnlyList<LabelledFeatures> set, string dataHash) =>
        new(dataHash, set.GroupBy(e => e.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => IntentTrainer.Train([.. g], dataHash), StringComparer.Ordinal));

    /// <summary>
    /// Every example's intent as predicted by a model of its language that never saw it (k folds per language),
    /// in the order of <paramref name="set"/>.
    /// </summary>
    public static IReadOnlyList<(string Expected, string Predicted, double Confidence)> CrossValidate(IReadOnlyList<LabelledFeatures> set, int folds)
    {
        // A code-switched example is read by the other language's model too (IntentModel.Shares): that model never
        // saw it, so its full fit stands in; its own language's part comes from the folds.
        var full = Train(set, "cv");
        var results = new (string, string, double)[set.Count];
        foreach (var language in set.Select((e, i) => (e, i)).GroupBy(x => x.e.Language, StringComparer.Ordinal))
        {
            var members = language.ToList();
            var (classes, probabilities) = IntentTrainer.OutOfFoldProbabilities([.. members.Select(m => m.e)], folds);
            for (var k = 0; k < members.Count; k++)
            {
                var example = members[k].e;
                var blended = new Dictionary<string, double>(StringComparer.Ordinal);
                var shares = full.Shares(example.Text, example.Language);
                var own = shares.FirstOrDefault(s => s.Language == language.Key).Share;
                if (own == 0) own = 1;
                for (var c = 0; c < classes.Length; c++) blended[classes[c]] = own * probabilities[k][c];
                foreach (var (other, share) in shares.Where(s => s.Language != language.Key))
                    foreach (var (intent, p) in full.Predict(example.Features, other).Ranked)
                        blended[intent] = blended.GetValueOrDefault(intent) + share * p;
                var best = blended.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
                results[members[k].i] = (example.Intent, best.Key, best.Value);
            }
        }
        return results;
    }

    /// <summary>
    /// The examples of every locale as features, each for the model of the language it is mostly written in
    /// (an English sentence in the Chinese file trains the English model: that is the model that will read it).
    /// </summary>
    public static IReadOnlyList<LabelledFeatures> TrainingSet(LanguageData data) =>
        [.. data.Examples.Select(e => new LabelledFeatures(Features(e.Text), e.Intent,
            Localization.Locales.MainLanguage(e.Text) ?? Localization.Locales.Normalize(e.Locale), e.Text))];

    public static IReadOnlyList<string> Features(string text)
    {
        var nlu = NluText.Create(text);
        return IntentFeatures.Extract(nlu.Folded, PatternFlags.Of(nlu, out _, out _));
    }

    private static void TrySave(IntentModel model, string folder, string path)
    {
        try
        {
            Directory.CreateDirectory(folder);
            // Written beside and moved into place: another process starting at the same moment never reads half a file.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var stream = File.Create(temporary)) model.Save(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only folder costs a retrain on the next start, nothing more.
        }
    }
}
