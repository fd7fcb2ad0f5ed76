using System.Text.RegularExpressions;
using SalesCoach.Data.Access;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// The KPI form's reading of a message: the recogniser's metric and period as they are; people, teams,
/// regions, "我的" / "our team" / "全公司" as the scope; a second scope as the one compared against;
/// rankings, year-on-year, trend and definition requests as their own entities. Every entity becomes a
/// slot, so follow-ups ("那华南呢?", "那上个月呢?") replace exactly what they name.
/// </summary>
public sealed class KpiEntityReader(SalesOrganisation organisation)
{
    /// <summary>English names under which users ask for the usual Chinese sales regions.</summary>
    private static readonly Dictionary<string, string[]> RegionAliases = new()
    {
        ["华东"] = ["east china", "east region", "the east"],
        ["华南"] = ["south china", "south region", "the south"],
        ["华北"] = ["north china", "north region", "the north"],
        ["华中"] = ["central china", "central region"],
        ["西南"] = ["southwest china", "southwest region"],
        ["西北"] = ["northwest china", "northwest region"],
        ["东北"] = ["northeast china", "northeast region"],
    };

    public IReadOnlyList<EntitySpan> Read(DialogInput input)
    {
        var text = input.Text;
        var org = organisation.Current;
        var found = new List<EntitySpan>();
        bool Free(int start, int length) => !found.Any(f => start < f.Start + f.Length && f.Start < start + length);
        void Add(string name, int start, int length, string value)
        {
            if (Free(start, length)) found.Add(new EntitySpan(name, text.Substring(start, length), start, length, value));
        }

        foreach (var entity in input.Nlu.Entities)
        {
            switch (entity.Name)
            {
                case EntityNames.Metric when entity.Resolution as string == "growth_rate" && ComparedMetric(text, entity) is { } compared:
                    // "订单处理时间 同比": the comparison word is not the metric; the other figure named is, compared a year back or with the previous period.
                    if (Free(compared.Start, compared.Length)) found.Add(compared);
                    break;
                case EntityNames.Metric:
                case EntityNames.Period:
                    if (Free(entity.Start, entity.Length)) found.Add(entity);
                    break;
                case EntityNames.Person:
                    var people = org.UsersNamed(entity.Text).ToList();
                    Add(KpiEntityNames.Scope, entity.Start, entity.Length, people.Count == 1 ? $"rep:{people[0].Id}" : $"unknown:{entity.Text}");
                    break;
                case EntityNames.Customer:
                    Add(KpiEntityNames.Scope, entity.Start, entity.Length, $"customer:{entity.Text}");
                    break;
            }
        }

        // Team names before region names: "华东一组" contains "华东".
        foreach (var team in org.Teams.Values.OrderByDescending(t => t.Name.Length))
            foreach (var index in Occurrences(text, team.Name))
                Add(KpiEntityNames.Scope, index, team.Name.Length, $"team:{team.Id}");
        foreach (var region in org.Regions.Values)
        {
            var names = new List<string> { region.Name + "大区", region.Name + "地区", region.Name + "区", region.Name };
            if (RegionAliases.TryGetValue(region.Name, out var aliases)) names.AddRange(aliases);
            foreach (var name in names)
                foreach (var index in Occurrences(text, name))
                    Add(KpiEntityNames.Scope, index, name.Length, $"region:{region.Id}");
        }
        AddMatch(KpiPhrases.MyTeam(), KpiEntityNames.Scope, _ => "myteam");
        AddMatch(KpiPhrases.Company(), KpiEntityNames.Scope, _ => "company");
        AddMatch(KpiPhrases.Self(), KpiEntityNames.Scope, _ => "self");

        // The second scope mentioned is the one compared against ("华东比华南", "East vs South").
        var scopes = found.Where(f => f.Name == KpiEntityNames.Scope).OrderBy(f => f.Start).ToList();
        if (scopes.Count >= 2)
        {
            var second = scopes[1];
            found.Remove(second);
            found.Add(second with { Name = KpiEntityNames.Versus });
            foreach (var extra in scopes.Skip(2)) found.Remove(extra);
        }

        if (KpiPhrases.Ranking().Match(text) is { Success: true } ranking)
        {
            var level = KpiPhrases.RegionLevel().IsMatch(text) && !scopes.Any(s => ((string)s.Resolution!).StartsWith("region:", StringComparison.Ordinal)) ? "region"
                : KpiPhrases.TeamLevel().IsMatch(text) && !scopes.Any(s => ((string)s.Resolution!).StartsWith("team:", StringComparison.Ordinal)) && !KpiPhrases.MyTeam().IsMatch(text) ? "team"
                : "rep";
            var top = KpiPhrases.Number(ranking.Groups["n"].Value, 5);
            var order = KpiPhrases.Bottom().IsMatch(text) ? "bottom" : "top";
            found.Add(new EntitySpan(KpiEntityNames.Rank, ranking.Value, ranking.Index, ranking.Length, $"{level}:{Math.Clamp(top, 1, 50)}:{order}"));
        }
        AddMatch(KpiPhrases.YearOnYear(), KpiEntityNames.Compare, _ => "year", allowOverlap: true);
        if (!found.Any(f => f.Name == KpiEntityNames.Compare)) AddMatch(KpiPhrases.PreviousPeriod(), KpiEntityNames.Compare, _ => "previous", allowOverlap: true);
        AddMatch(KpiPhrases.Trend(), KpiEntityNames.Trend, m => KpiPhrases.Number(m.Groups["n"].Value, 6).ToString(System.Globalization.CultureInfo.InvariantCulture), allowOverlap: true);
        // "what is revenue?" asks for a definition; "what is our revenue this month?" asks for a figure.
        if (!found.Any(f => f.Name is EntityNames.Period or KpiEntityNames.Scope or KpiEntityNames.Versus or KpiEntityNames.Rank))
            AddMatch(KpiPhrases.Definition(), KpiEntityNames.Define, _ => "yes", allowOverlap: true);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;

        void AddMatch(Regex pattern, string name, Func<Match, string> value, bool allowOverlap = false)
        {
            var match = pattern.Match(text);
            if (!match.Success) return;
            if (allowOverlap) found.Add(new EntitySpan(name, match.Value, match.Index, match.Length, value(match)));
            else Add(name, match.Index, match.Length, value(match));
        }
    }

    /// <summary>When the growth reading rests only on 同比 / 环比 / yoy, the other metric the text names, if any.</summary>
    private static EntitySpan? ComparedMetric(string text, EntitySpan growth)
    {
        if (!KpiPhrases.ComparisonOnly().IsMatch(growth.Text)) return null;
        var blanked = text.Remove(growth.Start, growth.Length).Insert(growth.Start, new string(' ', growth.Length));
        var other = MetricCatalogue.Find(NluText.Create(blanked).Folded).FirstOrDefault(m => m.Name != "growth_rate");
        return other.Name is null || other.Start + other.Length > text.Length
            ? null
            : new EntitySpan(EntityNames.Metric, text.Substring(other.Start, other.Length), other.Start, other.Length, other.Name);
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.OrdinalIgnoreCase))
            yield return i;
    }
}
