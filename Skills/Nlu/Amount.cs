using System.Globalization;

namespace SalesCoach.Skills.Nlu;

/// <summary>A value's resolution: the number (万, k and M multiplied out) and its unit or currency ("CNY", "USD", "%", "单", "个"), if any.</summary>
/// <remarks>Formats as the invariant number alone: the form that dialog state stores and validators read (the typed span keeps the unit).</remarks>
public sealed record Amount(decimal Value, string? Unit) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, CultureInfo.InvariantCulture);

    public override string ToString() => ToString(null, null);
}
