using System.Text.Json;
using SalesCoach.Data.Kpi;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// A risk check in progress, kept in conversation state as JSON. The form engine fills a fixed list of slots one
/// entity at a time; a check is nine two-number answers, some skipped, some prefilled, some arriving as card inputs,
/// so it keeps this small object instead. Plain properties only: it must round-trip through the stored JSON.
/// </summary>
public sealed class RiskDraft
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public KpiScopeKind ScopeKind { get; set; }
    public string? ScopeId { get; set; }
    public string? ScopeName { get; set; }
    public string ViewerId { get; set; } = string.Empty;
    public string ViewerName { get; set; } = string.Empty;
    public string? OwnerId { get; set; }
    public string OwnerName { get; set; } = string.Empty;
    public List<RiskDraftItem> Items { get; set; } = [];

    public KpiScope Scope => new(ScopeKind, ScopeId, ScopeName);

    /// <summary>The risk being asked about: the first one neither rated nor skipped; null when all are answered.</summary>
    public RiskDraftItem? Current => Items.FirstOrDefault(i => !i.Done);

    public int Position(RiskDraftItem item) => Items.IndexOf(item) + 1;

    public int RatedCount => Items.Count(i => i.Likelihood is not null);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for state that no longer parses (written by another version): the check starts over rather than failing the turn.</summary>
    public static RiskDraft? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<RiskDraft>(json, Json) is { Items.Count: > 0 } draft ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
