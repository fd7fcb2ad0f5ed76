using SalesCoach.Knowledge.Answers;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Knowledge;

/// <summary>
/// An answer as the user reads it, in the reply language: a short lead-in when the extract is in the other
/// language (an English question answered from the Chinese guide), the answer, then its sources.
/// </summary>
public static class KnowledgeAnswerText
{
    public static string Body(KnowledgeAnswer answer, string locale)
    {
        if (!answer.Grounded)
            return answer.Topics.Count > 0
                ? Strings.Get(locale, "kb.declined", string.Join(locale == Locales.English ? ", " : "、", answer.Topics))
                : Strings.Get(locale, "kb.declined.noTopics");
        var answerLanguage = answer.TextLanguage == "en" ? Locales.English : Locales.Chinese;
        if (answerLanguage == Locales.Normalize(locale))
            return answer.SourceTerms.Count == 0 ? answer.Text
                : answer.Text + "\n\n" + Strings.Get(locale, "kb.guideTerms", string.Join(locale == Locales.English ? ", " : "、", answer.SourceTerms));
        // The extract is quoted as written; the lead-in, in the reply language, says which language it is in.
        return Strings.Get(locale, "kb.leadIn.otherLanguage") + "\n\n" + answer.Text;
    }

    /// <summary>"Title › section" for each citation.</summary>
    public static IReadOnlyList<string> Sources(KnowledgeAnswer answer) =>
        answer.Citations.Select(c => c.Section.Length == 0 ? c.Title : $"{c.Title} › {c.Section}").Distinct().ToList();

    /// <summary>The whole answer as markdown: body, then the numbered sources.</summary>
    public static string Markdown(KnowledgeAnswer answer, string locale)
    {
        var body = Body(answer, locale);
        var sources = Sources(answer);
        if (sources.Count == 0) return body;
        return body + "\n\n**" + Strings.Get(locale, "kb.sources") + "**\n\n" + string.Join("\n", sources.Select((s, i) => $"{i + 1}. {s}"));
    }
}
