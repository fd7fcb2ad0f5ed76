using System.CommandLine;
using System.Text;
using System.Text.Json;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Data.Access;
using SalesCoach.Data.Names;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `kpi "QUESTION" [--user ID] [--json]`: the KPI skill's answer to one question, through the same
/// understanding, scope reading and permission check as chat. Without --user the question is asked as
/// the sales administrator (whoever runs admin commands on the server sees everything); with --user the
/// answer is what that user may see, or {"refused":true,"reason"}.
/// </summary>
public static class KpiCommand
{
    public static Command Definition()
    {
        var question = new Argument<string>("QUESTION") { Description = "the question, quoted: \"本月销售额多少\", \"top 3 teams by revenue last quarter\"" };
        var user = new Option<string>("--user") { Description = "ask as this user id and get only what they may see (default: the sales administrator)" };
        var json = CommandLine.Json("print the answer as JSON (refusals as {\"refused\":true,\"reason\"})");
        var command = new Command("kpi", "The KPI skill's answer to one question, with the same understanding and permission check as chat.") { question, user, json }.WithOverrides();
        command.SetAction((parse, _) => RunAsync(parse.GetValue(question)!, parse.GetValue(user), parse.GetValue(json), CommandLine.Overrides(parse)));
        return command;
    }

    public static async Task<int> RunAsync(string question, string? userId, bool json, string[] passThrough)
    {
        if (string.IsNullOrWhiteSpace(question)) throw new CommandException("the QUESTION is empty; see `kpi --help`");
        Console.OutputEncoding = Encoding.UTF8;

        // Only the data and the KPI skill: no web host; the demo company is seeded on first use like everywhere else.
        var builder = Host.CreateApplicationBuilder([.. passThrough]);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        builder.Services.AddCompanyClock();
        builder.Services.AddKpiSkill(sp => sp.GetRequiredService<CompanyClock>());
        using var host = builder.Build();
        var services = host.Services;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        using (var progress = TerminalProgress.ForConsole())
            await DemoFirstUse.EnsureAsync(services, progress);
        var org = await services.GetRequiredService<SalesOrganisation>().GetAsync();
        if (userId is not null && !org.Users.ContainsKey(userId))
            throw new CommandException($"no user '{userId}' in the sales data");
        var clock = services.GetRequiredService<CompanyClock>();
        var locale = question.Any(Locales.IsCjk) ? Locales.Chinese : Locales.English;
        var context = new NluContext(locale, clock.LocalTimeZone, clock.GetLocalNow());
        var nlu = new OfflineIntentRecognizer(new SalesDirectory(services.GetRequiredService<SalesNames>())).Recognize(question, context);

        var skill = services.GetRequiredService<KpiSkill>();
        var form = skill.Form;
        var frame = new DialogFrame { FormName = form.Name, Locale = locale };
        var input = new DialogInput(question, nlu, context);
        SlotFiller.Fill(frame, form, form.EntitiesOf(input), context);
        if (!frame.Slots.ContainsKey("metric"))
            throw new CommandException($"no KPI named in the question (understood as {nlu.Intent}); name one of: {string.Join(", ", SalesCoach.Data.Kpi.KpiCatalogue.All.Select(k => k.Key))}");

        var asker = userId ?? org.FirstAdmin()?.Id ?? throw new CommandException("the sales data has no admin user; pass --user ID");
        var completed = new FormCompleted(form.Name, frame.Slots, locale, Requester: new Requester(asker, "cli"));
        var answer = await skill.AskAsync(KpiQuestion.From(completed), completed.Requester, locale, CancellationToken.None);

        if (json)
            Console.WriteLine(JsonSerializer.Serialize(answer, NluCommand.Json));
        else
            Console.WriteLine(services.GetRequiredService<KpiReplyBuilder>().Build(answer, locale).Text);
        return answer.Refused ? 5 : answer.Error is not null ? 4 : 0;
    }
}
