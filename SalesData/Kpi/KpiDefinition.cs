namespace SalesCoach.Data.Kpi;

/// <summary>One KPI of the catalogue: its key, names, what it means and how it is computed, in both languages.</summary>
/// <param name="Key">The catalogue name every recogniser, target and goal uses (revenue, order_count ...).</param>
/// <param name="HigherIsBetter">False for durations: a falling response time is good news.</param>
public sealed record KpiDefinition(
    string Key,
    string NameZh,
    string NameEn,
    KpiUnit Unit,
    bool HigherIsBetter,
    string DefinitionZh,
    string DefinitionEn,
    string FormulaZh,
    string FormulaEn)
{
    public string Name(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;

    public string Definition(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? DefinitionZh : DefinitionEn;

    public string Formula(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? FormulaZh : FormulaEn;
}
