using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Reminders;

/// <summary>The reminder and digest tables: owner lookups and "what is due" are the queries to index for.</summary>
internal static class ReminderModel
{
    private const int IdLength = 64, UserLength = 128;

    public static void Configure(ModelBuilder b, bool sqlite)
    {
        b.Entity<Reminder>(e =>
        {
            e.ToTable("reminders");
            e.Property(x => x.ChannelId).HasMaxLength(IdLength);
            e.Property(x => x.ChannelUserId).HasMaxLength(UserLength);
            e.Property(x => x.SalesUserId).HasMaxLength(IdLength);
            e.Property(x => x.CustomerId).HasMaxLength(IdLength);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.TimeZoneId).HasMaxLength(64);
            e.Property(x => x.Recurrence).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Ignore(x => x.NextAlertUtc);
            e.Ignore(x => x.Rule);
            e.HasIndex(x => new { x.ChannelId, x.ChannelUserId, x.Status, x.DueUtc });
            UtcTicksOnSqlite(e, sqlite);
        });
        b.Entity<DigestSettings>(e =>
        {
            e.ToTable("digest_settings");
            e.Property(x => x.ChannelId).HasMaxLength(IdLength);
            e.Property(x => x.ChannelUserId).HasMaxLength(UserLength);
            e.Property(x => x.SalesUserId).HasMaxLength(IdLength);
            e.Property(x => x.TimeZoneId).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Ignore(x => x.LocalTime);
            e.Ignore(x => x.Rule);
            e.HasIndex(x => new { x.ChannelId, x.ChannelUserId }).IsUnique();
            UtcTicksOnSqlite(e, sqlite);
        });
    }

    /// <summary>Same reason as the sales tables (see UtcTicksConverter): "due before now" must run in SQL on SQLite too.</summary>
    private static void UtcTicksOnSqlite<T>(EntityTypeBuilder<T> e, bool sqlite) where T : class
    {
        if (!sqlite) return;
        foreach (var property in e.Metadata.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            property.SetValueConverter(new UtcTicksConverter());
    }
}
