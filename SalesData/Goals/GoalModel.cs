using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Goals;

/// <summary>The goal tables' mapping.</summary>
internal static class GoalModel
{
    /// <param name="utcTicks">SQLite: instants as UTC ticks, as the sales tables (see UtcTicksConverter), so deadlines compare in SQL.</param>
    public static void Configure(ModelBuilder b, bool utcTicks)
    {
        b.Entity<Goal>(e =>
        {
            e.ToTable("goals");
            e.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.OwnerId).HasMaxLength(64);
            e.Property(x => x.OwnerName).HasMaxLength(200);
            e.Property(x => x.TeamId).HasMaxLength(64);
            e.Property(x => x.Metric).HasMaxLength(64);
            e.Property(x => x.Target).HasPrecision(18, 4);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Relevance).HasMaxLength(500);
            e.Property(x => x.SetById).HasMaxLength(64);
            e.Property(x => x.DraftChannelUserId).HasMaxLength(128);
            e.HasIndex(x => new { x.OwnerKind, x.OwnerId, x.Status });
            e.HasIndex(x => new { x.TeamId, x.Status });
            e.HasIndex(x => new { x.DraftChannelUserId, x.Status });
            if (utcTicks) Ticks(e.Property(x => x.StartsAt), e.Property(x => x.Deadline), e.Property(x => x.CreatedAt), e.Property(x => x.UpdatedAt));
        });
        b.Entity<GoalRevision>(e =>
        {
            e.ToTable("goal_revisions");
            e.Property(x => x.Change).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Target).HasPrecision(18, 4);
            e.Property(x => x.Relevance).HasMaxLength(500);
            e.Property(x => x.ChangedById).HasMaxLength(64);
            e.HasIndex(x => new { x.GoalId, x.Revision }).IsUnique();
            e.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
            if (utcTicks) Ticks(e.Property(x => x.StartsAt), e.Property(x => x.Deadline), e.Property(x => x.ChangedAt));
        });
    }

    private static void Ticks(params Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<DateTimeOffset>[] properties)
    {
        foreach (var p in properties) p.HasConversion(new UtcTicksConverter());
    }
}
