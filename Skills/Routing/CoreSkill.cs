using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// The commands every conversation has that are not a skill's task. Help, cancel, greeting and the language switch
/// are the dialog engine's own (they act on the dialog stack: <see cref="SkillCatalogue.EngineIntents"/>); this skill
/// adds who the user is to the bot ("扮演 王芳" / "act as manager", "我是谁") and, in demo mode, help's note on it.
/// </summary>
public sealed class CoreSkill(DemoPersonaCommand persona, IOptions<DataOptions> data) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "core";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill)
    {
        // In demo mode, help says whose figures these are and how to see another role's (the KPI answers say it once).
        if (data.Value.DemoData) skill.HelpNote("help.demo");
    }

    /// <summary>Heard before understanding: it changes user state the dialogs cannot reach.</summary>
    public Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        persona.TryHandleAsync(text, requester, user, locale, cancellationToken);
}
