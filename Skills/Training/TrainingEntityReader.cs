using SalesCoach.Data.Access;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Training;

/// <summary>
/// Reads whose training a message asks about: a known person (by name, or by user id such as "r08"), a team or a
/// region by name, "全公司", "我们团队" / "who", "我" / "I". A name the recogniser found but the sales data does not
/// know becomes "unknown:NAME", which the slot's validator turns into a polite re-ask.
/// </summary>
public sealed class TrainingEntityReader(SalesOrganisation organisation)
{
    public IReadOnlyList<EntitySpan> Read(DialogInput input)
    {
        var text = input.Text;
        var org = organisation.Current;
        var found = new List<EntitySpan>();
        void Add(int start, int length, string value)
        {
            if (!found.Any(f => start < f.Start + f.Length && f.Start < start + length))
                found.Add(new EntitySpan(TrainingEntityNames.Subject, text.Substring(start, length), start, length, value));
        }

        foreach (var team in org.Teams.Values.OrderByDescending(t => t.Name.Length))
            if (text.IndexOf(team.Name, StringComparison.OrdinalIgnoreCase) is var i and >= 0) Add(i, team.Name.Length, $"team:{team.Id}");
        foreach (var region in org.Regions.Values)
            foreach (var name in new[] { region.Name + "大区", region.Name + "区", region.Name })
                if (text.IndexOf(name, StringComparison.Ordinal) is var i and >= 0) Add(i, name.Length, $"region:{region.Id}");
        foreach (var person in input.Nlu.Entities.Where(e => e.Name == EntityNames.Person))
        {
            var people = org.UsersNamed(person.Text).ToList();
            Add(person.Start, person.Length, people.Count == 1 ? $"rep:{people[0].Id}" : $"unknown:{person.Text}");
        }
        foreach (var token in TrainingPhrases.Token().Matches(text).Cast<System.Text.RegularExpressions.Match>())
            if (org.Users.TryGetValue(token.Value, out var byId) || org.Users.TryGetValue(token.Value.ToLowerInvariant(), out byId))
                Add(token.Index, token.Length, $"rep:{byId.Id}");

        // Only one subject per question: the first named wins; the generic words only when nothing was named, and
        // not in a confident request for something else: the "我" of "明天上午10点提醒我回访…" is not an answer to
        // "whose training?", and taking it so would swallow the reminder.
        var otherRequest = input.Nlu.IsConfident && input.Nlu.Intent is not (Intents.TrainingSuggest or Intents.None);
        if (found.Count == 0 && !otherRequest)
        {
            foreach (var (pattern, value) in new[] { (TrainingPhrases.Company(), "company"), (TrainingPhrases.MyTeam(), "myteam"), (TrainingPhrases.Self(), "self") })
            {
                if (pattern.Match(text) is { Success: true } match)
                {
                    Add(match.Index, match.Length, value);
                    break;
                }
            }
        }
        return [.. found.OrderBy(f => f.Start).Take(1)];
    }

    /// <summary>The slot's check: a name nobody in the sales data has is asked again, with the name in the message.</summary>
    public static SlotValidation Validate(SlotValue value, NluContext context) =>
        value.Resolution?.StartsWith("unknown:", StringComparison.Ordinal) == true
            ? SlotValidation.Fail("training.invalid.unknownPerson")
            : SlotValidation.Ok;
}
