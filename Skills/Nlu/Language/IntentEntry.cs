namespace SalesCoach.Skills.Nlu.Language;

/// <summary>One intent in a language file: what it means, how people say it, and its exact commands.</summary>
public sealed class IntentEntry
{
    /// <summary>What the intent means, for people and for the LLM prompt.</summary>
    public string Description { get; set; } = "";

    /// <summary>Its entry in the Teams command menu, if it has one.</summary>
    public MenuEntry? Menu { get; set; }

    /// <summary>Whole messages that mean this intent for certain (compared after folding case and width).</summary>
    public List<string> Commands { get; set; } = [];

    /// <summary>
    /// Precise regular expressions (on folded text) that are evidence for this intent. They are features of
    /// the classifier, which learns how much each one counts; none decides anything on its own.
    /// </summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>How people say it: the classifier's training examples.</summary>
    public List<string> Examples { get; set; } = [];
}
