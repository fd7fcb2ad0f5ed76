using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Training;

/// <summary>The words that say whose training is asked about when no name is given.</summary>
internal static partial class TrainingPhrases
{
    /// <summary>"团队谁需要培训", "who needs coaching on my team", "我们组": the asker's team.</summary>
    [GeneratedRegex(@"我们(?:的)?(?:团队|组|小组)|我的(?:团队|组|小组)|咱们(?:团队|组)|本组|团队|谁|哪些人|哪(?:位|个)销售|\b(?:my|our) (?:team|group)\b|\bthe team\b|\bteam\b|\bwho\b|\bwhich reps?\b", RegexOptions.IgnoreCase)]
    public static partial Regex MyTeam();

    /// <summary>"我该提升什么", "what should I improve": the asker.</summary>
    [GeneratedRegex(@"我自己|我|\b(?:I|me|my|myself)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Self();

    /// <summary>"全公司", "whole company": every rep (admins).</summary>
    [GeneratedRegex(@"全公司|整个公司|所有销售|\b(?:whole company|company-wide|all reps|everyone)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Company();

    /// <summary>A token that may be a user id ("r08").</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-]{0,63}")]
    public static partial Regex Token();
}
