using System.Text.RegularExpressions;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// Demo mode only: "扮演 王芳" / "act as manager" lets a visitor see the data as a demo rep or manager,
/// so the permission limits can be tried without several accounts; "退出扮演" / "stop acting" goes back,
/// "我是谁" / "who am I" says who the bot thinks you are. Outside demo mode the commands only say they
/// are not available: identities come from Teams and the imported users, never from chat.
/// </summary>
public sealed partial class DemoPersonaCommand(ViewerResolver viewers, SalesOrganisation organisation)
{
    [GeneratedRegex(@"^(?:扮演|切换身份(?:为|到|成)?|act as|acting as|switch persona to|persona)\s*(?<who>.*?)[。.!！]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Act();

    [GeneratedRegex(@"^(?:退出扮演|取消扮演|停止扮演|恢复身份|stop acting|be myself|stop persona)[。.!！]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(?:我是谁|我现在是谁|我的身份|who am i|whoami)[?？]?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAmI();

    public async Task<Reply?> TryHandleAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (Stop().IsMatch(text))
        {
            if (!viewers.DemoMode) return Reply.Plain(Strings.Get(locale, "persona.notDemo"));
            user.DemoPersona = null;
            return Reply.Plain(Strings.Get(locale, "persona.cleared"));
        }
        if (WhoAmI().IsMatch(text))
        {
            var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, user.DemoPersona, cancellationToken);
            return viewer is null
                ? Reply.Plain(Strings.Get(locale, "kpi.refused.unknownUser"))
                : Reply.Plain(Strings.Get(locale, "persona.whoami", viewer.Name, Strings.Get(locale, "persona.role." + viewer.Role)));
        }
        var match = Act().Match(text);
        if (!match.Success) return null;
        if (!viewers.DemoMode) return Reply.Plain(Strings.Get(locale, "persona.notDemo"));

        var org = await organisation.GetAsync(cancellationToken);
        var who = match.Groups["who"].Value.Trim();
        if (who.Length == 0) return List(org, locale);
        if (Pick(org, who) is not { } chosen) return new Reply(Strings.Get(locale, "persona.unknown", who), null, List(org, locale).SuggestedActions);
        user.DemoPersona = chosen.Id;
        return Reply.Plain(Strings.Get(locale, "persona.switched", chosen.Name, Strings.Get(locale, "persona.role." + chosen.Role)));
    }

    /// <summary>A role word picks that role's first person (the first team's manager, one of their reps); otherwise a name or an id.</summary>
    private static SalesUser? Pick(OrgSnapshot org, string who)
    {
        SalesRole? role = who.ToLowerInvariant() switch
        {
            "管理员" or "admin" or "administrator" or "销售管理员" => SalesRole.Admin,
            "经理" or "销售经理" or "manager" or "sales manager" or "团队经理" => SalesRole.Manager,
            "销售" or "销售代表" or "rep" or "sales rep" or "a rep" or "业务员" => SalesRole.Rep,
            _ => null,
        };
        // The same three people the web's demo sign-in offers (DemoPersonas).
        return role is { } picked
            ? DemoPersonas.From(org).For(picked)
            : org.UsersNamed(who).FirstOrDefault() ?? (org.Users.TryGetValue(who, out var byId) ? byId : null);
    }

    private static Reply List(OrgSnapshot org, string locale)
    {
        var users = org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var picks = new[] { org.FirstAdmin() }
            .Concat(users.Where(u => u.Role == SalesRole.Manager).Take(2))
            .Concat(users.Where(u => u.Role == SalesRole.Rep).Take(2))
            .OfType<SalesUser>()
            .ToList();
        var prefix = locale == Locales.Chinese ? "扮演 " : "act as ";
        var lines = picks.Select(u => $"- {u.Name} ({Strings.Get(locale, "persona.role." + u.Role)}{(u.TeamId is null ? "" : ", " + (org.TeamName(u.TeamId) ?? u.TeamId))})");
        return new Reply(Strings.Get(locale, "persona.list") + "\n\n" + string.Join("\n", lines), null,
            [.. picks.Select(u => new SuggestedAction(prefix + u.Name, prefix + u.Name))]);
    }
}
