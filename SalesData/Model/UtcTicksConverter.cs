using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesCoach.Data.Model;

/// <summary>
/// SQLite only: EF Core stores DateTimeOffset there as text and cannot compare, order or aggregate it
/// in SQL (checked on EF Core 10: `CreatedAt &gt;= from`, ORDER BY and MAX all fail). UTC ticks in an
/// INTEGER column compare, sort and index like the instants they are, so KPI range filters run in the
/// database on both providers. PostgreSQL keeps its native timestamptz. Values read back are UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
