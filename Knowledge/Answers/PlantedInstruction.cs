using System.Text.RegularExpressions;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// Sentences in a document that address an assistant ("忽略以上指令", "ignore previous instructions") are not
/// knowledge about sales management: an extract leaves them out, so a planted instruction is never repeated
/// to the user as if it were advice. (The LLM path also keeps passages as data; see LlmAnswerPrompt.)
/// </summary>
public static partial class PlantedInstruction
{
    public static bool IsPresentIn(string sentence) => Pattern().IsMatch(sentence);

    [GeneratedRegex(@"忽略(以上|上述|之前|前面|所有)?.{0,4}(指令|指示|提示|规则|要求)|无视.{0,6}(指令|规则)|(你|您)现在是|系统提示|提示词|ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|rules|prompts?)|disregard (the |all )?(previous|above|prior)|you are now|system prompt|new instructions?:", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
