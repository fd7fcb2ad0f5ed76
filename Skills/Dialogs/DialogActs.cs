using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// Messages that answer the bot rather than ask it something: agreeing to what it showed ("行，就按这个来",
/// "sounds good, save it"), refusing it ("不对"), a correction ("搞错了，应该是订单量", "Actually, make that
/// 40"), or stopping a checklist early ("今天就评到这，出个结果吧"). The phrases are data
/// (Resources/dialog-acts.json), matched as whole words in English and as substrings in Chinese.
/// </summary>
public static partial class DialogActs
{
    private sealed record Lexicon(string[] Affirm, string[] Deny, string[] Filler, string[] Correction, string[] Stop, string[] Revise, string[] Thanks);

    private static readonly Lexicon Words = Load();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex Separators();

    /// <summary>The plain yes every proposal's command understands, for an agreement only the classifier recognised.</summary>
    public const string PlainYes = "yes";

    /// <summary>
    /// The plain word a proposal's command understands for an answer only the classifier recognised: agreement is
    /// <see cref="PlainYes"/>, "算了，这个先不要了" / "forget it" (cancel) drops the draft on screen; null for other intents.
    /// </summary>
    public static string? PlainAnswer(string intent) => intent switch
    {
        Nlu.Intents.Affirm => PlainYes,
        Nlu.Intents.Cancel => "cancel",
        _ => null,
    };

    /// <summary>Agreement and nothing else: every word is an agreement phrase or filler, and none refuses.</summary>
    public static bool IsAffirmation(string text)
    {
        var folded = Fold(text);
        if (folded.Length == 0 || folded.Length > 60) return false;
        if (Contains(folded, Words.Deny)) return false;
        var (found, rest) = Strip(folded, Words.Affirm);
        return found && Strip(rest, Words.Filler).Remaining.Trim().Length == 0;
    }

    /// <summary>A refusal and nothing else ("不对", "nope", "no, not that").</summary>
    public static bool IsRefusal(string text)
    {
        var folded = Fold(text);
        if (folded.Length == 0 || folded.Length > 40) return false;
        var (found, rest) = Strip(folded, Words.Deny);
        return found && Strip(rest, Words.Filler).Remaining.Trim().Length == 0;
    }

    /// <summary>
    /// A correction cue at the start ("不对不对，", "搞错了，", "Actually,") and what follows it; null when the
    /// message does not start with one or nothing follows. The remainder is what the user now means.
    /// </summary>
    /// <param name="inside">Also a revising word inside the message (<see cref="Revised"/>): only while the last answer is the request it would revise.</param>
    public static string? CorrectionRemainder(string text, bool inside = false)
    {
        var trimmed = text.Trim();
        var changed = false;
        // Cues can repeat ("不对不对，其实应该是…"), and a hesitation may come first ("hmm no, 7 is better"): peel them off one by one.
        for (var guard = 0; guard < 5; guard++)
        {
            var cue = Words.Correction.Where(c => StartsWithWord(trimmed, c)).OrderByDescending(c => c.Length).FirstOrDefault();
            if (cue is null && !changed && Corrections.Hesitation.Where(h => StartsWithWord(trimmed, h)).OrderByDescending(h => h.Length).FirstOrDefault() is { } pause)
            {
                trimmed = trimmed[pause.Length..].TrimStart(' ', ',', '，', '、', '.', '。', '!', '！', ':', '：', '-', '—');
                continue;
            }
            if (cue is null) break;
            trimmed = trimmed[cue.Length..].TrimStart(' ', ',', '，', '、', '.', '。', '!', '！', ':', '：', '-', '—');
            changed = true;
        }
        if (!changed && inside && Revised(trimmed) is { } revised) return revised;
        return changed && trimmed.Length > 0 ? Corrections.WithoutAsides(trimmed) : null;
    }

    /// <summary>
    /// "800有点高了，改成650万吧" / "nah too much, make it 20": a revising word inside the message, not at its start; what
    /// follows the last one is what the user now means (the words before it only say why). Null when there is none.
    /// </summary>
    private static string? Revised(string text)
    {
        var lower = text.ToLowerInvariant();
        var (at, length) = (-1, 0);
        foreach (var cue in Words.Revise)
        {
            for (var i = PhraseMatcher.IndexOf(lower, cue); i >= 0; i = PhraseMatcher.IndexOf(lower, cue, i + cue.Length))
                if (i > at) (at, length) = (i, cue.Length);
        }
        if (at <= 0) return null;
        var rest = text[(at + length)..].Trim(' ', ',', '，', '、', '.', '。', '!', '！', ':', '：', '-', '—');
        return rest.Length > 0 ? rest : null;
    }

    /// <summary>The message thanks the bot ("great thanks", "thx"), whatever else it says.</summary>
    public static bool IsThanks(string text) => Contains(Fold(text), Words.Thanks);

    /// <summary>The user wants to stop a multi-step check now and see what was done so far.</summary>
    public static bool IsStopEarly(string text) => Contains(Fold(text), Words.Stop);

    private static bool StartsWithWord(string text, string cue)
    {
        if (!text.StartsWith(cue, StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Length == cue.Length) return true;
        // An English cue must end at a word boundary ("no," but not "november").
        return !IsLatin(cue[^1]) || !char.IsLetterOrDigit(text[cue.Length]);
    }

    // Apostrophes are dropped, not made spaces: "that's enough" and "thats enough" both read "thats enough".
    private static string Fold(string text) =>
        " " + Separators().Replace(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal), " ").Trim() + " ";

    private static bool Contains(string folded, string[] phrases) => phrases.Any(p => IndexOf(folded, p) >= 0);

    /// <summary>Removes every occurrence of the phrases (longest first); says whether any was there.</summary>
    private static (bool Found, string Remaining) Strip(string folded, string[] phrases)
    {
        var found = false;
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            int at;
            while ((at = IndexOf(folded, phrase)) >= 0)
            {
                found = true;
                folded = folded[..at] + " " + folded[(at + phrase.Length)..];
            }
        }
        return (found, folded);
    }

    private static int IndexOf(string folded, string phrase) => PhraseMatcher.IndexOf(folded, phrase.Replace("'", "", StringComparison.Ordinal));

    private static bool IsLatin(char c) => PhraseMatcher.IsLatin(c);

    private static Lexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SalesCoach.Skills.Resources.dialog-acts.json")
            ?? throw new InvalidOperationException("dialog-acts.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        string[] Read(string name) => [.. json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant())];
        return new Lexicon(Read("affirm"), Read("deny"), Read("filler"), Read("correction"), Read("stop"), Read("revise"), Read("thanks"));
    }
}
