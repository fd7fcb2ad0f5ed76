namespace SalesCoach.Data.Import.Presets;

/// <summary>The presets by name: zoho, fxiaoke, generic.</summary>
public static class ImportPresets
{
    public static readonly IReadOnlyDictionary<string, ImportPreset> All = new Dictionary<string, ImportPreset>(StringComparer.OrdinalIgnoreCase)
    {
        [ZohoPreset.Instance.Name] = ZohoPreset.Instance,
        [FxiaokePreset.Instance.Name] = FxiaokePreset.Instance,
        [GenericPreset.Instance.Name] = GenericPreset.Instance,
    };

    public static ImportPreset? Find(string name) => All.GetValueOrDefault(name);
}
