using System.Collections.Frozen;
using System.Text;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// Recognises the always-available commands (help, cancel, greeting, language switch) by exact phrase
/// after normalisation. Exact matching on purpose: "cancel my reminder for Globex" is a skill request,
/// not an interruption, and must reach the intent router.
/// </summary>
public static class CoreCommandRecognizer
{
    private static readonly FrozenDictionary<string, CoreCommand> Phrases = new Dictionary<string, CoreCommand>
    {
        ["help"] = CoreCommand.Help, ["帮助"] = CoreCommand.Help, ["?"] = CoreCommand.Help, ["menu"] = CoreCommand.Help,
        ["what can you do"] = CoreCommand.Help, ["你能做什么"] = CoreCommand.Help, ["你会什么"] = CoreCommand.Help,
        ["help me"] = CoreCommand.Help, ["帮忙"] = CoreCommand.Help, ["菜单"] = CoreCommand.Help, ["使用说明"] = CoreCommand.Help,

        ["cancel"] = CoreCommand.Cancel, ["取消"] = CoreCommand.Cancel, ["stop"] = CoreCommand.Cancel, ["quit"] = CoreCommand.Cancel,
        ["never mind"] = CoreCommand.Cancel, ["nevermind"] = CoreCommand.Cancel, ["算了"] = CoreCommand.Cancel, ["不用了"] = CoreCommand.Cancel,
        ["退出"] = CoreCommand.Cancel,

        ["hi"] = CoreCommand.Greeting, ["hello"] = CoreCommand.Greeting, ["hey"] = CoreCommand.Greeting, ["你好"] = CoreCommand.Greeting,
        ["您好"] = CoreCommand.Greeting, ["嗨"] = CoreCommand.Greeting, ["早上好"] = CoreCommand.Greeting, ["good morning"] = CoreCommand.Greeting,

        ["说中文"] = CoreCommand.SwitchToChinese, ["中文"] = CoreCommand.SwitchToChinese, ["请说中文"] = CoreCommand.SwitchToChinese,
        ["切换到中文"] = CoreCommand.SwitchToChinese, ["chinese"] = CoreCommand.SwitchToChinese, ["chinese please"] = CoreCommand.SwitchToChinese,
        ["speak chinese"] = CoreCommand.SwitchToChinese,

        ["english please"] = CoreCommand.SwitchToEnglish, ["english"] = CoreCommand.SwitchToEnglish, ["speak english"] = CoreCommand.SwitchToEnglish,
        ["switch to english"] = CoreCommand.SwitchToEnglish, ["说英文"] = CoreCommand.SwitchToEnglish, ["英文"] = CoreCommand.SwitchToEnglish,
        ["切换到英文"] = CoreCommand.SwitchToEnglish, ["请说英文"] = CoreCommand.SwitchToEnglish,
    }.ToFrozenDictionary();

    public static CoreCommand Recognize(string text) =>
        Phrases.TryGetValue(Normalize(text), out var command) ? command : CoreCommand.None;

    /// <summary>The intent an exact core phrase stands for, or null: the one mapping from commands to intents.</summary>
    public static string? RecognizeIntent(string text) => Recognize(text) switch
    {
        CoreCommand.Help => Intents.Help,
        CoreCommand.Cancel => Intents.Cancel,
        CoreCommand.Greeting => Intents.Greeting,
        CoreCommand.SwitchToChinese or CoreCommand.SwitchToEnglish => Intents.LanguageSwitch,
        _ => null,
    };

    /// <summary>Lower case, full-width folded (NFKC), trimmed of spaces and closing punctuation.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        folded = folded.TrimEnd('!', '.', '。', '！', ',', '，', '~', ' ');
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
