using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs.References;

/// <summary>How a message pointed back at what the bot showed.</summary>
public enum ReferenceHow
{
    /// <summary>"list those again", "再列一下": the list's request, asked again.</summary>
    Again,
    /// <summary>"the second one", "最后那条".</summary>
    Ordinal,
    /// <summary>"drop the Umbrella one", "把博远那条删了".</summary>
    Name,
    /// <summary>"he", "她".</summary>
    Person,
    /// <summary>"it", "that", "把它…".</summary>
    Thing,
    /// <summary>"them", "这些".</summary>
    All,
}

/// <summary>
/// A message's reference resolved against the conversation context: the items it means, how it said so, where
/// in the (NFKC-normalised) text the referring words are, and what it asks to do with them ("remove", "done",
/// "change"; null when no verb of references.json's acts is in the message).
/// </summary>
public sealed record Reference(IReadOnlyList<Referent> Items, ReferenceHow How, string Text, int Start, int Length, string? Act, ShownList? List)
{
    /// <summary>
    /// The message with the referring words replaced by the item's name ("what could he practise" → "what could 孙勇
    /// practise"): for named kinds, so every skill reads the name as if it had been typed. Null when that does not apply.
    /// </summary>
    public string? Rewritten =>
        How is ReferenceHow.Ordinal or ReferenceHow.Person && Items.Count == 1 && ReferentKinds.IsNamed(Items[0].Kind)
            ? Text[..Start] + Spaced(Items[0].Name) + Text[(Start + Length)..]
            : null;

    /// <summary>A Latin name between Latin words keeps its spaces; a Chinese name needs none.</summary>
    private string Spaced(string name) =>
        name.Any(PhraseMatcher.IsLatin) && Start > 0 && Text[Start - 1] != ' ' ? " " + name : name;
}
