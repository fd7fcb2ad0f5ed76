using System.ComponentModel.DataAnnotations;

namespace SalesCoach.Skills.Reminders.Callbacks;

/// <summary>When a customer counts as gone quiet (SalesCoach:Callbacks).</summary>
public sealed class CallbackOptions
{
    public const string SectionName = "SalesCoach:Callbacks";

    /// <summary>Two months: the guide's rhythm is a monthly call for key accounts and a quarterly one for the rest, so 60 days catches both slipping.</summary>
    [Range(1, 3650)]
    public int QuietDays { get; set; } = 60;

    [Range(1, 20)]
    public int MaxSuggestions { get; set; } = 5;
}
