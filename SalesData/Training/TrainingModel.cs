using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Training;

/// <summary>The training plan tables' mapping.</summary>
internal static class TrainingModel
{
    private const int IdLength = 64, NameLength = 200;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingPlan>(e =>
        {
            e.ToTable("training_plans");
            e.Property(x => x.SubjectKind).HasMaxLength(16);
            e.Property(x => x.SubjectId).HasMaxLength(IdLength);
            e.Property(x => x.SubjectName).HasMaxLength(NameLength);
            e.Property(x => x.ProposedBy).HasMaxLength(IdLength);
            e.Property(x => x.DecidedBy).HasMaxLength(IdLength);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            // Listing accepted plans filters on the status.
            e.HasIndex(x => x.Status);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TrainingPlanItem>(e =>
        {
            e.ToTable("training_plan_items");
            e.Property(x => x.Metric).HasMaxLength(32);
            e.Property(x => x.Format).HasMaxLength(32);
            e.Property(x => x.TraineeIds).HasMaxLength(1000);
            e.Property(x => x.TrainerId).HasMaxLength(IdLength);
            e.Property(x => x.PlaybookSection).HasMaxLength(64);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.TeamMedian).HasPrecision(18, 4);
            e.Property(x => x.Target).HasPrecision(18, 4);
            e.HasIndex(x => new { x.PlanId, x.Position }).IsUnique();
        });
    }
}
