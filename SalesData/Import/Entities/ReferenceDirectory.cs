namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Finds the row a reference cell means. In order: the source id in this preset's system (what a CRM's
/// own id columns hold), our own row id (generic preset only), then a unique name or email, preferring
/// rows from the same system, because Zoho's "Deal Owner" and 纷享's 负责人/客户名称 export names, not ids.
/// </summary>
internal sealed class ReferenceDirectory<T>(string system, bool acceptsOwnIds, Func<T, string> id, Func<T, string?> sourceSystem,
    Func<T, string?> sourceId, Func<T, IEnumerable<string?>> names) where T : class
{
    private readonly Dictionary<string, T> _bySourceId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byOwnId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _byName = new(StringComparer.Ordinal);

    /// <summary>Answers so far: a file names the same owner or customer on many rows.</summary>
    private readonly Dictionary<string, (T? Found, string? Problem)> _answers = new(StringComparer.Ordinal);

    public ReferenceDirectory<T> AddRange(IEnumerable<T> items)
    {
        foreach (var item in items) Add(item);
        return this;
    }

    /// <summary>Adds or replaces (by own id) an item; a later one with the same source id wins.</summary>
    public void Add(T item)
    {
        _answers.Clear();
        if (_byOwnId.Remove(id(item), out var old))
        {
            foreach (var name in names(old).OfType<string>()) _byName.GetValueOrDefault(ImportText.Key(name))?.Remove(old);
            if (sourceSystem(old) == system && sourceId(old) is { } oldSource) _bySourceId.Remove(oldSource);
        }
        _byOwnId[id(item)] = item;
        if (sourceSystem(item) == system && sourceId(item) is { } source) _bySourceId[source] = item;
        foreach (var name in names(item).OfType<string>().Select(ImportText.Key).Distinct())
        {
            if (!_byName.TryGetValue(name, out var list)) _byName[name] = list = [];
            list.Add(item);
        }
    }

    public bool HasOwnId(string ownId) => _byOwnId.ContainsKey(ownId);

    public T? Find(string reference, out string? problem)
    {
        if (!_answers.TryGetValue(reference, out var answer)) _answers[reference] = answer = Look(reference);
        problem = answer.Problem;
        return answer.Found;
    }

    private (T? Found, string? Problem) Look(string reference)
    {
        if (_bySourceId.TryGetValue(reference, out var found)) return (found, null);
        if (acceptsOwnIds && _byOwnId.TryGetValue(reference, out found)) return (found, null);
        if (_byName.TryGetValue(ImportText.Key(reference), out var candidates) && candidates.Count > 0)
        {
            var same = candidates.Where(c => sourceSystem(c) == system).ToList();
            var pick = same.Count > 0 ? same : candidates;
            if (pick.Count == 1) return (pick[0], null);
            return (null, $"'{reference}' matches {pick.Count} rows by name; use the id instead");
        }
        return (null, $"'{reference}' does not exist (not imported yet?)");
    }
}
