using System.CommandLine;
using SalesCoach.Bot.Commands;
using SalesCoach.Skills.Proactive;
using CommandLine = SalesCoach.Bot.Commands.CommandLine;

namespace SalesCoach.Bot.Proactive;

/// <summary>`proactive schedule|cancel|status`'s options; ProactiveCommand does the work.</summary>
internal static class ProactiveCommandDefinition
{
    public static Command Create()
    {
        var key = new Option<string>("--key") { Description = "(required) the schedule key (scheduling the same key again replaces it)" };
        var channel = new Option<string>("--channel") { Description = "(required) the channel id, e.g. msteams" };
        var user = new Option<string>("--user") { Description = "(required) the channel's user id (a stored conversation reference)" };
        var due = new Option<string>("--due") { Description = "(required) when: an ISO 8601 time or +SECONDS from now" };
        var kind = new Option<string>("--kind") { Description = "(required) the composer: reminder, digest, or test (needs SalesCoach:Proactive:EnableTestComposer)" };
        var payload = new Option<string>("--payload") { Description = "what the composer gets (a reminder id, the test text)" };
        var schedule = new Command("schedule", "Write a proactive message into the bot's schedule (the serving bot sends it at the due time).")
        {
            key, channel, user, due, kind, payload,
        }.WithOverrides();
        // Overrides first: an option misspelt is reported as such, not as the required one it was meant to be.
        schedule.SetAction((parse, _) =>
        {
            var overrides = CommandLine.Overrides(parse);
            return ProactiveCommand.ScheduleAsync(new ScheduledMessage(
                CommandLine.Required(parse, key), CommandLine.Required(parse, channel), CommandLine.Required(parse, user),
                ProactiveCommand.ParseDue(CommandLine.Required(parse, due)), CommandLine.Required(parse, kind), parse.GetValue(payload) ?? ""), overrides);
        });

        var cancelKey = new Option<string>("--key") { Description = "(required) the schedule key" };
        var cancel = new Command("cancel", "Drop a schedule's pending occurrence.") { cancelKey }.WithOverrides();
        cancel.SetAction((parse, _) =>
        {
            var overrides = CommandLine.Overrides(parse);
            return ProactiveCommand.CancelAsync(CommandLine.Required(parse, cancelKey), overrides);
        });

        var occurrence = new Option<string>("--occurrence") { Description = "(required) the occurrence key, KEY@yyyyMMddTHHmmssZ" };
        var status = new Command("status", "What became of one occurrence: sent, failed, skipped, or not fired yet.") { occurrence }.WithOverrides();
        status.SetAction((parse, _) =>
        {
            var overrides = CommandLine.Overrides(parse);
            return ProactiveCommand.StatusAsync(CommandLine.Required(parse, occurrence), overrides);
        });

        return new Command("proactive", "The proactive delivery schedule the serving bot fires (configuration overrides as --Key=value).") { schedule, cancel, status };
    }
}
