namespace SalesCoach.Skills.Nlu.Language;

/// <summary>A Teams bot command: the title the menu sends as the message, and its one-line description.</summary>
public sealed class MenuEntry
{
    public string Title { get; set; } = "";

    public string Description { get; set; } = "";
}
