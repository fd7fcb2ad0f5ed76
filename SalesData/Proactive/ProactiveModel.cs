using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Proactive;

/// <summary>Table mapping for the proactive delivery records (migration ProactiveDelivery).</summary>
internal static class ProactiveModel
{
    public static void Configure(ModelBuilder modelBuilder, bool sqlite)
    {
        modelBuilder.Entity<ConversationReferenceRecord>(e =>
        {
            e.ToTable("conversation_references");
            e.HasKey(x => x.Id);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.ConversationType).HasMaxLength(32);
            e.Property(x => x.ServiceUrl).HasMaxLength(512);
            e.Property(x => x.TenantId).HasMaxLength(64);
            e.Property(x => x.AadObjectId).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.BlockedReason).HasMaxLength(500);
            e.Ignore(x => x.IsPersonal);
            e.HasIndex(x => new { x.ChannelId, x.UserId }).IsUnique();
        });
        modelBuilder.Entity<DeliveryRecord>(e =>
        {
            e.ToTable("proactive_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.OccurrenceKey).HasMaxLength(400);
            e.Property(x => x.ScheduleKey).HasMaxLength(360);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.ClaimedBy).HasMaxLength(128);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            // The idempotency key: a second claim of one occurrence fails on this index.
            e.HasIndex(x => x.OccurrenceKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueUtc });
        });
        if (!sqlite) return;
        // SQLite cannot compare DateTimeOffset in SQL (see UtcTicksConverter): the lease check and the
        // status queries compare instants, so these columns are UTC ticks there too.
        var converter = new UtcTicksConverter();
        foreach (var type in new[] { typeof(ConversationReferenceRecord), typeof(DeliveryRecord) })
        {
            foreach (var property in modelBuilder.Entity(type).Metadata.GetProperties()
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                property.SetValueConverter(converter);
        }
    }
}
