using System.CommandLine;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Data.Import;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `import FILE --entity E --preset P [--json]`: loads a CRM export, all or nothing. Exit 0 when imported,
/// 2 for usage errors (nothing opened), 4 when the file is rejected (nothing written), with the reason
/// on the first line and the row errors after it.
/// </summary>
public static class ImportCommand
{
    public const int Rejected = 4;

    public static Command Definition()
    {
        var file = new Argument<string>("FILE") { Description = "the CRM export: .csv (UTF-8 or GB18030) or .xlsx" };
        var entity = new Option<string>("--entity") { Description = "what the file holds: users, customers, deals or orders", Required = true };
        var preset = new Option<string>("--preset") { Description = "whose column names it uses: " + string.Join(", ", Data.Import.Presets.ImportPresets.All.Keys), Required = true };
        var json = CommandLine.Json("print the result (counts, row errors) as JSON");
        var command = new Command("import", "Load a CRM export, all or nothing: exit 0 imported, 2 bad arguments, 4 file rejected (nothing written).") { file, entity, preset, json }.WithOverrides();
        command.SetAction((parse, _) => RunAsync(ImportCommandOptions.Create(
            parse.GetValue(file)!, parse.GetValue(entity)!, parse.GetValue(preset)!, parse.GetValue(json), CommandLine.Overrides(parse))));
        return command;
    }

    public static async Task<int> RunAsync(ImportCommandOptions options)
    {
        // Only the data services: the bot's hosted services (and first-run demo seeding) must not start here.
        var builder = Host.CreateApplicationBuilder(options.Configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        builder.Services.AddCompanyClock();
        using var host = builder.Build();

        ImportResult result;
        try
        {
            var zone = CompanyZone(host.Services);
            using var progress = TerminalProgress.ForConsole();
            result = await host.Services.GetRequiredService<CrmImporter>().ImportAsync(options.File, options.Entity, options.Preset, zone, progress: progress);
        }
        catch (ImportFileException ex)
        {
            throw new CommandException($"{Path.GetFileName(options.File)} rejected: {ex.Message}", Rejected);
        }

        var summary = ImportReport.Summary(result, options.File);
        if (options.Json) Console.WriteLine(ImportReport.Json(result, options.File));
        if (result.Accepted)
        {
            if (!options.Json) Console.WriteLine(summary);
            return 0;
        }
        await Console.Error.WriteLineAsync($"error: {summary}");
        if (!options.Json)
            foreach (var line in ImportReport.ErrorLines(result)) await Console.Error.WriteLineAsync(line);
        return Rejected;
    }

    /// <summary>The company clock's zone: CRM exports write local times, and they mean the company's clock.</summary>
    private static TimeZoneInfo CompanyZone(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<CompanyClock>().LocalTimeZone;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            var id = services.GetRequiredService<IOptions<CompanyOptions>>().Value.TimeZone;
            throw new ImportFileException($"unknown company time zone '{id}' in SalesCoach:TimeZone");
        }
    }
}
