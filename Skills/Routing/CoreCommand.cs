namespace SalesCoach.Skills.Routing;

/// <summary>Commands that work at any point of any conversation.</summary>
public enum CoreCommand
{
    None,
    Help,
    Cancel,
    Greeting,
    SwitchToChinese,
    SwitchToEnglish,
}
