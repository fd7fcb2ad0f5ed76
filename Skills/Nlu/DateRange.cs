using System.Globalization;

namespace SalesCoach.Skills.Nlu;

/// <summary>A period's resolution: [Start, End) in the user's time zone.</summary>
/// <remarks>Formats as an ISO 8601 interval "start/end" (end exclusive), the form dialog state stores and validators read.</remarks>
public sealed record DateRange(DateTimeOffset Start, DateTimeOffset End) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"{Start.ToString("O", CultureInfo.InvariantCulture)}/{End.ToString("O", CultureInfo.InvariantCulture)}";

    public override string ToString() => ToString(null, null);
}
