using System.Globalization;
using System.Text.Json;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// A filled slot as persisted in conversation state: the entity's span as typed and its resolution
/// flattened to a string (a catalogue name, an ISO date or range, an invariant number), because the
/// host stores state as JSON without type names and a recogniser's resolution object would not survive.
/// </summary>
public sealed class SlotValue
{
    /// <summary>The entity name (metric, period ...).</summary>
    public string Entity { get; set; } = string.Empty;

    /// <summary>The text as the user typed it: what recaps and confirmations show.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The resolution as a string; null when the recogniser gave none.</summary>
    public string? Resolution { get; set; }

    public static SlotValue From(EntitySpan span) => new() { Entity = span.Name, Text = span.Text, Resolution = Flatten(span.Resolution) };

    public EntitySpan ToSpan() => new(Entity, Text, 0, Text.Length, Resolution);

    private static string? Flatten(object? resolution) => resolution switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(resolution),
    };
}
