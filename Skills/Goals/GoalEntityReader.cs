using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// The goal form's reading of a message: metric and target value as the recogniser found them; the owner
/// through the KPI skill's scope reading (我 / a rep's name / a team's name / 我们团队), so both skills
/// understand people and teams alike; the deadline from a period or a date, marking "截止 / by / before"
/// deadlines so the goal then runs from today rather than from the start of the named month.
/// </summary>
public sealed partial class GoalEntityReader(KpiEntityReader scopes)
{
    [GeneratedRegex(@"(?:截止|截至|到|\bby|\bbefore|\buntil|\bdue|\bno later than)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerBefore();

    [GeneratedRegex(@"^\s*(?:前|之前|以前|为止)")]
    private static partial Regex MarkerAfter();

    [GeneratedRegex(@"^(?:by|before|until|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerInside();

    public IReadOnlyList<EntitySpan> Read(DialogInput input)
    {
        var found = new List<EntitySpan>();
        foreach (var entity in input.Nlu.Entities)
        {
            switch (entity.Name)
            {
                case EntityNames.Metric:
                case EntityNames.Value:
                    found.Add(entity);
                    break;
                case EntityNames.Period or EntityNames.DateTime when Deadline(input.Text, entity) is { } deadline:
                    found.Add(deadline);
                    break;
            }
        }
        // The scope reading knows people, teams and "我们团队"; its first scope is the owner.
        // "our team", "my guys", "我们组" are shown back as "your team" / "你的团队" in the recap: the words typed say
        // whose team only from the speaker's side.
        if (scopes.Read(input).Where(e => e.Name == KpiEntityNames.Scope).OrderBy(e => e.Start).FirstOrDefault() is { } owner)
            found.Add(owner with { Name = GoalEntityNames.Owner, Text = owner.Resolution as string == "myteam" ? Strings.Get(input.Context.Locale, "goal.owner.myTeam") : owner.Text });
        // "actually make it orders, 60 of them": a correction that changes another slot and says a bare number revises
        // the target too. The recogniser reads bare numbers as values only in a goal request, and a correction's words
        // alone read as a KPI question; a number inside another entity ("Q1", "3pm") is not the target.
        if (input.IsCorrection && found.Count > 0 && found.All(e => e.Name != EntityNames.Value)
            && ValueFinder.Find(NluText.Create(input.Text), [.. input.Nlu.Entities.Select(e => (e.Start, e.Length))], includeBareNumbers: true) is [var target])
            found.Add(target);
        // "我们团队本季度…, 截止12月31日": two time spans; the last one named is the deadline.
        var deadlines = found.Where(e => e.Name == GoalEntityNames.Deadline).ToList();
        if (deadlines.Count > 1) found.RemoveAll(e => e.Name == GoalEntityNames.Deadline && e != deadlines[^1]);
        return found;
    }

    private static EntitySpan? Deadline(string text, EntitySpan entity)
    {
        var resolution = entity.Resolution switch
        {
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => null,
        };
        if (string.IsNullOrEmpty(resolution)) return null;
        var start = Math.Clamp(entity.Start, 0, text.Length);
        var end = Math.Clamp(entity.Start + entity.Length, start, text.Length);
        var marked = MarkerInside().IsMatch(entity.Text) || MarkerBefore().IsMatch(text[..start]) || MarkerAfter().IsMatch(text[end..]);
        var parts = resolution.Split('/');
        // A moment or a marked deadline runs from today; a named period ("本季度", "next month") is the goal's span.
        var value = marked || parts.Length == 1 ? "/" + parts[^1] : parts[0] + "/" + parts[^1];
        return new EntitySpan(GoalEntityNames.Deadline, entity.Text, entity.Start, entity.Length, value);
    }
}
