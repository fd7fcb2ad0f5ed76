namespace SalesCoach.Data.Kpi;

/// <summary>Whose figures a KPI covers; every fact row carries owner, team and region, so a scope is one column filter.</summary>
/// <param name="Id">The region, team or user id; null for the company.</param>
/// <param name="Name">How the scope is shown ("华东", "华南一组", "张伟"); the company scope uses the localized word.</param>
public sealed record KpiScope(KpiScopeKind Kind, string? Id, string? Name)
{
    public static readonly KpiScope Company = new(KpiScopeKind.Company, null, null);

    public static KpiScope Region(string id, string name) => new(KpiScopeKind.Region, id, name);

    public static KpiScope Team(string id, string name) => new(KpiScopeKind.Team, id, name);

    public static KpiScope Rep(string id, string name) => new(KpiScopeKind.Rep, id, name);

    public string Display(string locale) => Kind == KpiScopeKind.Company
        ? (locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "全公司" : "the whole company")
        : Name ?? Id ?? string.Empty;

    public string Key => Kind == KpiScopeKind.Company ? "company" : $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
