using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesCoach.Data.Model;

/// <summary>The sales tables' mapping: keys, lengths, money precision and the indexes KPI queries filter on.</summary>
internal static class SalesModel
{
    /// <summary>Money: 18 digits with 2 decimals covers any order in yuan, dollars or euros exactly.</summary>
    private const int MoneyPrecision = 18, MoneyScale = 2;
    private const int IdLength = 64, NameLength = 200;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<Region>(e =>
        {
            e.ToTable("regions");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.HasIndex(x => x.Name).IsUnique();
        });
        b.Entity<Team>(e =>
        {
            e.ToTable("teams");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.Property(x => x.RegionId).HasMaxLength(IdLength);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<SalesUser>(e =>
        {
            e.ToTable("users");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.Property(x => x.Email).HasMaxLength(NameLength);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.TeamId).HasMaxLength(IdLength);
            e.Property(x => x.RegionId).HasMaxLength(IdLength);
            e.Property(x => x.ManagerId).HasMaxLength(IdLength);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.TeamsAadObjectId).HasMaxLength(IdLength);
            // Channel identities are how an incoming activity finds its user: unique, looked up on every turn.
            e.HasIndex(x => x.Email).IsUnique();
            e.HasIndex(x => x.TeamsAadObjectId).IsUnique();
            e.HasIndex(x => x.TeamId);
            e.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<SalesUser>().WithMany().HasForeignKey(x => x.ManagerId).OnDelete(DeleteBehavior.NoAction);
            Sourced(e);
        });
        b.Entity<Customer>(e =>
        {
            e.ToTable("customers");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.Property(x => x.Industry).HasMaxLength(64);
            e.Property(x => x.Tier).HasMaxLength(8);
            e.Property(x => x.OwnerId).HasMaxLength(IdLength);
            e.Property(x => x.TeamId).HasMaxLength(IdLength);
            e.Property(x => x.RegionId).HasMaxLength(IdLength);
            e.HasIndex(x => x.Name);
            e.HasIndex(x => new { x.OwnerId, x.LastContactAt });
            e.HasIndex(x => new { x.TeamId, x.LastContactAt });
            e.HasIndex(x => new { x.RegionId, x.LastContactAt });
            e.HasOne<SalesUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
            Sourced(e);
        });
        b.Entity<Deal>(e =>
        {
            e.ToTable("deals");
            Attributed(e);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            Money(e.Property(x => x.Amount));
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Channel).HasMaxLength(32);
            // Conversion is counted by close date, pipeline by creation date.
            e.HasIndex(x => new { x.OwnerId, x.ClosedAt });
            e.HasIndex(x => new { x.TeamId, x.ClosedAt });
            e.HasIndex(x => new { x.RegionId, x.ClosedAt });
            e.HasIndex(x => x.ClosedAt);
            e.HasIndex(x => x.CreatedAt);
        });
        b.Entity<Order>(e =>
        {
            e.ToTable("orders");
            Attributed(e);
            Money(e.Property(x => x.Amount));
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Channel).HasMaxLength(32);
            e.HasIndex(x => x.CreatedAt);
            e.HasIndex(x => new { x.OwnerId, x.CreatedAt });
            e.HasIndex(x => new { x.TeamId, x.CreatedAt });
            e.HasIndex(x => new { x.RegionId, x.CreatedAt });
            e.HasIndex(x => new { x.CustomerId, x.CreatedAt });
        });
        b.Entity<Interaction>(e =>
        {
            e.ToTable("interactions");
            Attributed(e);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.OccurredAt);
            e.HasIndex(x => new { x.OwnerId, x.OccurredAt });
            e.HasIndex(x => new { x.TeamId, x.OccurredAt });
            e.HasIndex(x => new { x.RegionId, x.OccurredAt });
            e.HasIndex(x => new { x.CustomerId, x.OccurredAt });
        });
        b.Entity<Survey>(e =>
        {
            e.ToTable("surveys");
            Attributed(e);
            e.Property(x => x.Comment).HasMaxLength(1000);
            e.ToTable(t => t.HasCheckConstraint("ck_surveys_score", "\"Score\" BETWEEN 1 AND 5"));
            e.HasIndex(x => x.RespondedAt);
            e.HasIndex(x => new { x.OwnerId, x.RespondedAt });
            e.HasIndex(x => new { x.TeamId, x.RespondedAt });
            e.HasIndex(x => new { x.RegionId, x.RespondedAt });
        });
        b.Entity<Target>(e =>
        {
            e.ToTable("targets");
            e.Property(x => x.OwnerId).HasMaxLength(IdLength);
            e.Property(x => x.TeamId).HasMaxLength(IdLength);
            e.Property(x => x.Metric).HasMaxLength(64);
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
            Money(e.Property(x => x.Value));
            e.HasIndex(x => new { x.OwnerId, x.Metric, x.Period, x.PeriodStart });
            e.HasIndex(x => new { x.TeamId, x.Metric, x.Period, x.PeriodStart });
            e.HasOne<SalesUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.NoAction);
        });
    }

    private static void Attributed<T>(EntityTypeBuilder<T> e) where T : Attributed
    {
        // Identity keys; the demo generator sets them itself so a bulk insert needs no round trip per row.
        e.Property(x => x.CustomerId).HasMaxLength(IdLength);
        e.Property(x => x.OwnerId).HasMaxLength(IdLength);
        e.Property(x => x.TeamId).HasMaxLength(IdLength);
        e.Property(x => x.RegionId).HasMaxLength(IdLength);
        e.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.NoAction);
        e.HasOne<SalesUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
        Sourced(e);
    }

    private static void Sourced<T>(EntityTypeBuilder<T> e) where T : class, ISourced
    {
        e.Property(x => x.SourceSystem).HasMaxLength(32);
        e.Property(x => x.SourceId).HasMaxLength(IdLength);
        e.HasIndex(x => new { x.SourceSystem, x.SourceId }).IsUnique();
    }

    private static void Money(PropertyBuilder<decimal> p) => p.HasPrecision(MoneyPrecision, MoneyScale);
}
