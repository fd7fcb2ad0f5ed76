using System.Globalization;

namespace SalesCoach.Data.Import.Values;

/// <summary>
/// Instants from exports. A value with an offset or Z (ISO 8601) is taken as written; a local time
/// ("2024-03-05 14:30:00", "2024/3/5 14:30", "2024年3月5日", Zoho's "03/05/2024 02:30 PM", a bare date)
/// is read on the company's clock, because that is the clock the CRM user exported with. Slashed dates
/// with the year last are month first (Excel en-US); Chinese exports put the year first. Values come
/// back in UTC: PostgreSQL's timestamptz takes nothing else, and SQLite stores UTC ticks anyway.
/// </summary>
internal sealed class TimeParser(TimeZoneInfo zone)
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
    ];

    private static readonly string[] Local =
    [
        "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm:ss.FFFFFFF", "yyyy-M-d H:mm", "yyyy-M-d", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d'T'H:mm:ss.FFFFFFF", "yyyy-M-d'T'H:mm",
        "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d", "yyyy.M.d H:mm:ss", "yyyy.M.d H:mm", "yyyy.M.d",
        "yyyy年M月d日 H:mm:ss", "yyyy年M月d日 H:mm", "yyyy年M月d日 H时m分", "yyyy年M月d日",
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
        "MMM d, yyyy h:mm:ss tt", "MMM d, yyyy h:mm tt", "MMM d, yyyy", "d-MMM-yyyy", "d MMM yyyy",
    ];

    public bool TryParse(string text, out DateTimeOffset value, out string? problem)
    {
        problem = null;
        var s = text.Trim();
        // K also matches nothing, so the offset forms are only tried when the text ends in a zone.
        if (HasZone(s) && DateTimeOffset.TryParseExact(s, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }
        if (DateTime.TryParseExact(s, Local, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            || TryExcelSerial(s, out local))
        {
            if (zone.IsInvalidTime(local))
            {
                value = default;
                problem = $"'{text}' does not exist on the company clock ({zone.Id}; a daylight-saving gap)";
                return false;
            }
            value = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        value = default;
        problem = $"'{text}' is not a date-time (e.g. 2024-03-05 14:30:00, or ISO 8601 with an offset)";
        return false;
    }

    private static bool HasZone(string s) =>
        s.EndsWith('Z') || s.EndsWith('z') || (s.Length > 6 && s[^6] is '+' or '-' && s[^3] == ':');

    /// <summary>A date cell Excel left unformatted shows its serial day number (45356 = 2024-03-05).</summary>
    private static bool TryExcelSerial(string s, out DateTime local)
    {
        local = default;
        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) || serial < 20000 || serial > 80000)
            return false;
        local = DateTime.FromOADate(serial);
        local = new DateTime(local.Ticks - local.Ticks % TimeSpan.TicksPerSecond);
        return true;
    }
}
