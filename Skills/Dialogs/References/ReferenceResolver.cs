using System.Text;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs.References;

/// <summary>
/// The one place where "the second one", "最后那条", "drop the Umbrella one", "他", "it", "them" and "list those
/// again" are resolved against what the conversation showed last (<see cref="ConversationContext"/>). The words
/// are data (Resources/references.json); what is done with the items is up to the caller.
/// </summary>
public static class ReferenceResolver
{
    /// <summary>The reference in the message, or null when it points at nothing recent (or at nothing at all).</summary>
    public static Reference? Resolve(string message, ConversationContext? context)
    {
        if (context is null) return null;
        var list = context.RecentList;
        var focus = context.RecentFocus;
        if (list is null && focus is null) return null;
        var words = ReferenceWords.Current;
        var text = message.Normalize(NormalizationForm.FormKC);
        // Lower-casing is char by char, so positions in it are positions in the text.
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var act = words.Acts.Select(a => (a.Key, Hit: PhraseMatcher.First(lower, a.Value)))
            .Where(a => a.Hit is not null).OrderBy(a => a.Hit!.Value.At).Select(a => a.Key).FirstOrDefault();
        Reference Found(IReadOnlyList<Referent> items, ReferenceHow how, int start, int length) => new(items, how, text, start, length, act, list);

        if (list is { Request: not null } && PhraseMatcher.First(lower, words.Again) is { } again)
            return Found(list.Items, ReferenceHow.Again, again.At, again.Phrase.Length);
        if (list is not null && Ordinal(lower, list, words) is { } ordinal)
            return Found([ordinal.Item], ReferenceHow.Ordinal, ordinal.Start, ordinal.Length);
        if (list is not null && Named(lower, list, words) is { } named)
            return Found([named], ReferenceHow.Name, 0, 0);

        // Pronouns: words that only look like one ("其他", "这个月") are blanked first.
        var masked = WithoutLookalikes(lower, words);
        if (list is not null && PhraseMatcher.First(masked, words.All) is { } all)
            return Found(list.Items, ReferenceHow.All, all.At, all.Phrase.Length);
        if (PhraseMatcher.First(masked, words.Person) is { } person)
        {
            var who = focus is { Kind: ReferentKinds.Person } ? focus
                : list?.Items.Where(i => i.Kind == ReferentKinds.Person).ToList() is [var only] ? only : null;
            if (who is not null) return Found([who], ReferenceHow.Person, person.At, person.Phrase.Length);
        }
        if (PhraseMatcher.First(masked, words.Thing) is { } thing)
        {
            var what = focus ?? (list?.Items is [var single] ? single : null);
            if (what is not null) return Found([what], ReferenceHow.Thing, thing.At, thing.Phrase.Length);
        }
        // "关掉吧" / "算了还是关掉吧，天天发有点烦" right after the digest was shown: a short message that is mostly an act
        // means the thing in focus even without "it". Only a thing the user has one of (the digest): "取消 17" or
        // "取消李总的提醒" after a reminder was created name another reminder. Only short messages, so a new request that
        // happens to hold a verb ("move the meeting ...") is not taken.
        // "啊不对，晚上8点" / "no wait, 8pm" right after the digest was set: a correction of the only thing in focus changes it.
        act ??= DialogActs.CorrectionRemainder(text) is not null ? "change" : null;
        if (act is not null && focus is { } acted && ReferentKinds.IsOnly(acted.Kind) && IsShort(text))
            return Found([acted], ReferenceHow.Thing, 0, 0);
        return null;
    }

    /// <summary>
    /// Whether a message leans on the last answer rather than standing alone: it points ("他", "it", "those", "第二项",
    /// "the first one"), says it follows ("那华北呢", "what about"), or is too short to be a request of its own ("why?",
    /// "为什么？", "怎么办"). The conversation's topic then counts as a prior for an unsure reading (DialogEngine.StayOnTopic).
    /// </summary>
    public static bool LeansOnContext(string message)
    {
        var words = ReferenceWords.Current;
        var lower = message.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('’', '\'');
        if (FollowUps.HasFollowUpWords(lower) || PhraseMatcher.First(lower, words.Again) is not null
            || words.ChineseOrdinal.IsMatch(lower) || words.EnglishOrdinal.IsMatch(lower)) return true;
        var masked = WithoutLookalikes(lower, words);
        if (PhraseMatcher.First(masked, words.Person) is not null || PhraseMatcher.First(masked, words.Thing) is not null
            || PhraseMatcher.First(masked, words.All) is not null) return true;
        return IsShort(lower, chinese: 5, english: 2);
    }

    /// <summary>
    /// At most so many Chinese characters and English words (by default 16 and 6: an answer to what was shown, not a
    /// request of its own).
    /// </summary>
    private static bool IsShort(string text, int chinese = 16, int english = 6) =>
        text.Count(c => c >= 0x3400) <= chinese && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(PhraseMatcher.IsLatin)) <= english;

    /// <summary>The message with the words that only look like a pronoun ("其他", "这个月") blanked, positions kept.</summary>
    private static string WithoutLookalikes(string lower, ReferenceWords words)
    {
        var masked = lower;
        foreach (var not in words.NotPronouns)
            for (var at = PhraseMatcher.IndexOf(masked, not); at >= 0; at = PhraseMatcher.IndexOf(masked, not, at + not.Length))
                masked = masked[..at] + new string(' ', not.Length) + masked[(at + not.Length)..];
        return masked;
    }

    private static (Referent Item, int Start, int Length)? Ordinal(string lower, ShownList list, ReferenceWords words)
    {
        foreach (var pattern in new[] { words.ChineseOrdinal, words.EnglishOrdinal })
        {
            if (pattern.Match(lower) is not { Success: true } match) continue;
            var word = match.Groups["w"].Value;
            var position = words.Positions.TryGetValue(word, out var p) ? p : int.TryParse(word, out var n) ? n : 0;
            // "排最后的那个人" after a list of team and personal goals counts the people only.
            var items = words.PersonWords.Any(w => PhraseMatcher.IndexOf(match.Value, w) >= 0)
                ? list.Items.Where(i => i.Kind == ReferentKinds.Person).ToList()
                : list.Items;
            var index = position > 0 ? position - 1 : items.Count + position;
            if (index >= 0 && index < items.Count) return (items[index], match.Index, match.Length);
        }
        return null;
    }

    /// <summary>
    /// "drop the Umbrella one", "把博远那条删了": a marker says an item is being named ("one", "那条"), and the item
    /// sharing the longest distinctive piece of its name with the message is the one; a tie names none.
    /// </summary>
    private static Referent? Named(string lower, ShownList list, ReferenceWords words)
    {
        var marked = words.ChineseNameMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal))
            || words.EnglishNameNouns.Any(n => PhraseMatcher.IndexOf(lower, n) >= 0);
        if (!marked) return null;
        // Names first; its day ("明天那个", "the Friday one") only when no name is said, so "把博远那条改到明天" is still 博远's.
        // A day word counts only whole ("monday" shares "nday" with "sunday").
        return Best(item => [item.Name, .. item.Terms], whole: false) ?? Best(item => item.Days ?? [], whole: true);

        Referent? Best(Func<Referent, IEnumerable<string>> termsOf, bool whole)
        {
            var scored = list.Items
                .Select(item => (Item: item, Score: termsOf(item).Select(term => term.ToLowerInvariant())
                    .Select(term => !whole ? Overlap(lower, term, words) : PhraseMatcher.IndexOf(lower, term) >= 0 ? Weight(term) : 0).DefaultIfEmpty(0).Max()))
                .Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score)
                .ToList();
            return scored.Count > 0 && (scored.Count == 1 || scored[1].Score < scored[0].Score) ? scored[0].Item : null;
        }
    }

    /// <summary>The weight of the longest common piece: Chinese characters count 2, letters 1; common words count nothing.</summary>
    private static int Overlap(string text, string term, ReferenceWords words)
    {
        var piece = LongestCommon(text, term).Trim();
        if (words.NameStopwords.Contains(piece)) return 0;
        var weight = Weight(piece);
        return weight >= 4 ? weight : 0;
    }

    private static int Weight(string piece) => piece.Sum(c => c >= 0x3400 ? 2 : char.IsLetterOrDigit(c) ? 1 : 0);

    private static string LongestCommon(string a, string b)
    {
        var best = (Length: 0, End: 0);
        var previous = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            for (var j = 1; j <= b.Length; j++)
            {
                if (a[i - 1] != b[j - 1]) continue;
                current[j] = previous[j - 1] + 1;
                if (current[j] > best.Length) best = (current[j], i);
            }
            previous = current;
        }
        return a.Substring(best.End - best.Length, best.Length);
    }
}
