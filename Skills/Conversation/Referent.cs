namespace SalesCoach.Skills.Conversation;

/// <summary>
/// One thing the bot showed that the user may point back at ("the second one", "把博远那条删了", "he"): its kind
/// (ReferentKinds), the skill's id for it, and the words it can be named by. Plain properties: kept in
/// conversation state as JSON without type names.
/// </summary>
public sealed class Referent
{
    public string Kind { get; set; } = string.Empty;

    /// <summary>The owning skill's id (a reminder id, a user id, a team id); what acting on it uses.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The name as shown; for people, teams, regions and customers also what replaces "he" / "the second one" in the text.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Other words the user may name it by ("博远" for a reminder whose subject is 回访博远电子).</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>
    /// Words for its day as the user saw it ("明天", "周五", "tomorrow", "Friday" for a reminder due tomorrow, a Friday):
    /// "删掉明天那个" names it when no name does.
    /// </summary>
    public List<string> Days { get; set; } = [];

    public static Referent Of(string kind, string id, string name, params string?[] terms) =>
        new() { Kind = kind, Id = id, Name = name, Terms = [.. terms.OfType<string>().Where(t => t.Length > 0)] };
}
