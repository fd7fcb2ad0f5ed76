using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders.Callbacks;

/// <summary>"哪些客户该回访了": the visible customers not contacted for QuietDays, each with a button that creates the callback reminder.</summary>
public sealed class CallbackSuggestions(CustomerQueries customers, ReminderOwners owners, IOptions<CallbackOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<CallbackCandidate>> FindAsync(Data.Access.SalesViewer viewer, CancellationToken cancellationToken) =>
        await customers.NotContactedSinceAsync(viewer, time.GetUtcNow().AddDays(-options.Value.QuietDays), options.Value.MaxSuggestions, cancellationToken);

    public async Task<Reply> SuggestAsync(Requester requester, string locale, CancellationToken cancellationToken)
    {
        var (_, viewer, zone) = await owners.ResolveAsync(requester, cancellationToken);
        if (viewer is null) return Reply.Plain(Strings.Get(locale, "kpi.refused.unknownUser"));
        var quiet = await FindAsync(viewer, cancellationToken);
        var days = options.Value.QuietDays;
        if (quiet.Count == 0) return Reply.Plain(Strings.Get(locale, "reminders.callbacks.none", days));

        var list = new JsonArray();
        var actions = new JsonArray();
        foreach (var c in quiet)
        {
            var last = c.LastContactAt is { } at
                ? Strings.Get(locale, "reminders.callbacks.last", TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : Strings.Get(locale, "reminders.callbacks.never");
            list.Add(new JsonObject { ["title"] = c.Name, ["value"] = last });
            actions.Add(AdaptiveCardJson.SubmitText(Strings.Get(locale, "reminders.callbacks.button", c.Name), Strings.Get(locale, "reminders.callbacks.create", c.Name)));
        }
        var title = Strings.Get(locale, "reminders.callbacks.title", quiet.Count, days);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = list },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "reminders.callbacks.hint"), ["isSubtle"] = true, ["wrap"] = true },
        };
        var text = title + "\n\n" + string.Join("\n", quiet.Select((c, i) => $"{i + 1}. {c.Name}: {list[i]!["value"]}"));
        // "remind me to call the second one tomorrow": the customers in the order listed.
        return new Reply(text, AdaptiveCardJson.Card(locale, body, actions).ToJsonString())
            { Shown = ShownList.Of(quiet.Select(c => Referent.Of(ReferentKinds.Customer, c.CustomerId, c.Name))) };
    }
}
