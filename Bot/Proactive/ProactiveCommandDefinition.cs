using System.CommandLine;

namespace SalesCoach.Bot.Proactive;

/// <summary>`proactive`'s usage for System.CommandLine; ProactiveCommand reads the options itself.</summary>
internal static class ProactiveCommandDefinition
{
    public static Command Create()
    {
        var schedule = new Command("schedule", "Write a proactive message into the bot's schedule (the serving bot sends it at the due time).")
        {
            new Option<string>("--key") { Description = "(required) the schedule key (scheduling the same key again replaces it)" },
            new Option<string>("--channel") { Description = "(required) the channel id, e.g. msteams" },
            new Option<string>("--user") { Description = "(required) the channel's user id (a stored conversation reference)" },
            new Option<string>("--due") { Description = "(required) when: an ISO 8601 time or +SECONDS from now" },
            new Option<string>("--kind") { Description = "(required) the composer: reminder, digest, or test (needs SalesCoach:Proactive:EnableTestComposer)" },
            new Option<string>("--payload") { Description = "what the composer gets (a reminder id, the test text)" },
        };
        var cancel = new Command("cancel", "Drop a schedule's pending occurrence.")
        {
            new Option<string>("--key") { Description = "(required) the schedule key" },
        };
        var status = new Command("status", "What became of one occurrence: sent, failed, skipped, or not fired yet.")
        {
            new Option<string>("--occurrence") { Description = "(required) the occurrence key, KEY@yyyyMMddTHHmmssZ" },
        };
        return new Command("proactive", "The proactive delivery schedule the serving bot fires (configuration overrides as --Key=value).") { schedule, cancel, status };
    }
}
