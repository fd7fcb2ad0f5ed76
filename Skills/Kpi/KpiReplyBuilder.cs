using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Kpi;

/// <summary>Writes a KPI answer for people: a markdown text that states scope, exact period and figures, and the card with the chart.</summary>
/// <param name="links">Dashboard deep links; null (or not configured) and the card has no "open in dashboard" button.</param>
public sealed class KpiReplyBuilder(KpiChart chart, string currency, DashboardLinks? links = null)
{
    public Reply Build(KpiAnswer answer, string locale)
    {
        if (answer.Refused)
            return Reply.Plain(Strings.Get(locale, "kpi.refused", answer.Reason));
        if (answer.Error is { } error)
            return Reply.Plain(Strings.Get(locale, "kpi.problem." + error, answer.ErrorDetail ?? string.Empty));
        var kpi = KpiCatalogue.Get(answer.Metric!);
        if (answer.Definition is not null)
            return Reply.Plain(Strings.Get(locale, "kpi.definition", kpi.Name(locale), answer.Definition, answer.Formula));

        var period = answer.Period!;
        var scope = answer.Scope!.Name;
        var partial = period.Partial ? Strings.Get(locale, "kpi.partial") : string.Empty;
        var lines = new List<string>();
        var facts = new List<(string, string)>
        {
            (Strings.Get(locale, "kpi.card.scope"), scope),
            (Strings.Get(locale, "kpi.card.period"), period.Label + partial),
        };
        byte[]? png = null;
        string title;

        if (answer.Ranking is { } ranking)
        {
            title = Strings.Get(locale, "kpi.rank.headline", scope, kpi.Name(locale), period.Label, partial);
            lines.Add(title);
            if (ranking.Count == 0) lines.Add(Strings.Get(locale, "kpi.rank.empty"));
            // One markdown list, its rows on consecutive lines: rows apart are separate lists, each numbered "1." by Web Chat.
            if (ranking.Count > 0) lines.Add(string.Join("\n", ranking.Select(row => $"{row.Rank}. {row.Name}: {Value(kpi, row.Value, locale)}")));
            // A fact's title is markdown too: "1. 华东一组" would be a list of one, shown as "1." on every row.
            foreach (var row in ranking)
                facts.Add(($"#{row.Rank} {row.Name}", Exact(kpi, row.Value, locale)));
            png = chart.Bars($"{kpi.Name(locale)} · {period.Label}", [.. ranking.Select(r => (r.Name, (double)(r.Value ?? 0)))], locale);
        }
        else if (answer.Channels is { } channels)
        {
            title = Strings.Get(locale, "kpi.channels.headline", scope, period.Label, partial, Value(kpi, answer.Value, locale));
            lines.Add(title);
            foreach (var c in channels)
            {
                var row = Strings.Get(locale, "kpi.channels.row", Channel(c.Channel, locale), Money(c.Revenue, locale), c.SharePercent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", KpiFormat.Count(c.Orders, locale), Money(c.AverageOrderValue, locale));
                lines.Add("- " + row);
                facts.Add((Channel(c.Channel, locale), $"{ExactMoney(c.Revenue, locale)} · {c.SharePercent:0.0}%"));
            }
            png = chart.Bars($"{kpi.Name(locale)} · {period.Label}", [.. channels.Select(c => (Channel(c.Channel, locale), (double)c.Revenue))], locale);
        }
        else
        {
            title = Strings.Get(locale, "kpi.headline", scope, kpi.Name(locale), period.Label, partial, Value(kpi, answer.Value, locale));
            lines.Add(title);
            facts.Add((Strings.Get(locale, "kpi.card.value"), Exact(kpi, answer.Value, locale)));
            if (answer.Basis is { } basis)
                lines.Add(Strings.Get(locale, "kpi.growth.basis", Money(basis.Revenue ?? 0, locale), Strings.Get(locale, "kpi.compare.previous"), basis.PreviousPeriod.Label, Money(basis.PreviousRevenue ?? 0, locale)));
            if (answer.Comparison is { } comparison)
            {
                var which = Strings.Get(locale, comparison.Kind == "year" ? "kpi.compare.year" : "kpi.compare.previous");
                var line = comparison.Change is { } change
                    ? Strings.Get(locale, "kpi.compare.line", which, comparison.Period.Label,
                        Strings.Get(locale, change > 0 ? "kpi.compare.up" : change < 0 ? "kpi.compare.down" : "kpi.compare.same"),
                        KpiFormat.Change(kpi, change, comparison.ChangePercent, currency, locale))
                    : Strings.Get(locale, "kpi.compare.noData", which, comparison.Period.Label);
                lines.Add(line);
                facts.Add((Strings.Get(locale, "kpi.card.comparison"), line));
            }
            if (answer.Versus is { } versus)
            {
                var difference = versus.Difference ?? 0;
                var line = Strings.Get(locale, "kpi.versus.line", scope, Value(kpi, answer.Value, locale), versus.Scope.Name, Value(kpi, versus.Value, locale),
                    Strings.Get(locale, difference > 0 ? "kpi.versus.higher" : difference < 0 ? "kpi.versus.lower" : "kpi.versus.equal"),
                    KpiFormat.Change(kpi, difference, null, currency, locale));
                lines.Add(line);
                facts.Add((versus.Scope.Name, Exact(kpi, versus.Value, locale)));
                png = chart.Bars($"{kpi.Name(locale)} · {period.Label}", [(scope, (double)(answer.Value ?? 0)), (versus.Scope.Name, (double)(versus.Value ?? 0))], locale);
            }
            if (answer.Target is { } target)
            {
                var achieved = target.AttainmentPercent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
                var line = Strings.Get(locale, "kpi.target.line", Value(kpi, target.Value, locale), achieved);
                lines.Add(line);
                facts.Add((Strings.Get(locale, "kpi.card.target"), line));
            }
            if (answer.Trend is { Count: > 0 } trend)
            {
                lines.Add(Strings.Get(locale, "kpi.trend.headline", scope, kpi.Name(locale)));
                lines.AddRange(trend.Select(p => $"- {p.Label}: {Value(kpi, p.Value, locale)}"));
                png = chart.Line($"{kpi.Name(locale)} · {scope}", [.. trend.Select(p => (p.Label, p.Value is { } v ? (double?)v : null))], locale);
            }
            if (answer.SampleSize is { } n && kpi.Unit is not (KpiUnit.Currency or KpiUnit.Count))
            {
                var line = n > 0 ? Strings.Get(locale, "kpi.sample.line", KpiFormat.Count(n, locale)) : Strings.Get(locale, "kpi.sample.none");
                lines.Add(line);
                facts.Add((Strings.Get(locale, "kpi.card.sample"), KpiFormat.Count(n, locale)));
            }
        }

        var footnote = kpi.Formula(locale);
        var name = kpi.Name(locale);
        var actions = new List<(string, string)>
        {
            (Strings.Get(locale, "kpi.action.trend"), Strings.Get(locale, "kpi.action.trend.text", name)),
            (Strings.Get(locale, "kpi.action.define"), Strings.Get(locale, "kpi.action.define.text", name)),
        };
        if (answer.Ranking is null && answer.Scope!.Kind != "rep")
            actions.Add((Strings.Get(locale, "kpi.action.rank"), Strings.Get(locale, "kpi.action.rank.text", name)));
        var card = KpiCard.Build(locale, StripBold(title), kpi.Definition(locale), facts, png, Strings.Get(locale, "kpi.chart.alt", name), footnote, actions, DashboardAction(answer, locale));
        // Said under the first answer of a conversation only (the engine drops it afterwards).
        var notice = answer.DemoStandIn ? new ReplyNotice("demoStandIn", "_" + Strings.Get(locale, "kpi.demoStandIn", answer.StandInName ?? string.Empty) + "_") : null;
        return new Reply(string.Join("\n\n", lines), card) { Notice = notice, Shown = Rows(answer), Focus = About(answer.Scope) };
    }

    /// <summary>The same metric, scope and period on the dashboard; null when no public base URL is configured.</summary>
    private System.Text.Json.Nodes.JsonObject? DashboardAction(KpiAnswer answer, string locale) =>
        links is { IsEnabled: true } && answer.Period is { } period && answer.Scope is { } scope
            ? links.OpenAction(locale, scope.Kind == "company" ? "company" : $"{scope.Kind}:{scope.Id}",
                DashboardPeriod.Format(period.From, answer.AskedTo ?? period.To), answer.Metric)
            : null;

    /// <summary>A ranking's rows, for "the second one" / "那最后一个呢" on the next turn.</summary>
    private static ShownList? Rows(KpiAnswer answer) =>
        answer.Ranking is { Count: > 0 } rows && Kind(answer.RankedLevel) is { } kind ? ShownList.Of(rows.Select(r => Referent.Of(kind, r.Id, r.Name))) : null;

    /// <summary>The one rep, team or region the figure was about, for "他" / "that team" on the next turn.</summary>
    private static Referent? About(KpiAnswerScope? scope) =>
        scope is { Id: { } id } && Kind(scope.Kind) is { } kind ? Referent.Of(kind, id, scope.Name) : null;

    private static string? Kind(string? level) => level?.ToLowerInvariant() switch
    {
        "rep" => ReferentKinds.Person,
        "team" => ReferentKinds.Team,
        "region" => ReferentKinds.Region,
        _ => null,
    };

    private string Value(KpiDefinition kpi, decimal? value, string locale) => KpiFormat.Value(kpi, value, currency, locale);

    /// <summary>The full figure, for the card's facts: the text says ¥122.6万, the card keeps ¥1,225,893.40.</summary>
    private string Exact(KpiDefinition kpi, decimal? value, string locale) => KpiFormat.Value(kpi, value, currency, locale, exact: true);

    private string Money(decimal value, string locale) => KpiFormat.Money(value, currency, locale);

    private string ExactMoney(decimal value, string locale) => KpiFormat.ExactMoney(value, currency, System.Globalization.CultureInfo.GetCultureInfo(locale));

    /// <summary>The demo's and the import's channel keys in the reader's language; a company's own channel names as they are.</summary>
    private static string Channel(string channel, string locale) =>
        Strings.Has(locale, "kpi.channel." + channel) ? Strings.Get(locale, "kpi.channel." + channel) : channel;

    private static string StripBold(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);
}
