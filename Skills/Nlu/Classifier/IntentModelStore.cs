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
        Path.Combine(folder, $"intent-model-v{IntentModel.FormatVersion}-{data.Hash}.bin");

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

    public static IntentModel Train(LanguageData data) => IntentTrainer.Train(TrainingSet(data), data.Hash);

    /// <summary>The examples of every locale as features (people mix languages, so one model serves both).</summary>
    public static IReadOnlyList<LabelledFeatures> TrainingSet(LanguageData data) =>
        [.. data.Examples.Select(e => new LabelledFeatures(Features(e.Text), e.Intent))];

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
