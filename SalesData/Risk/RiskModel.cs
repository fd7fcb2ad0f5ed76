using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Risk;

/// <summary>The risk register's mapping. The previous assessment of a scope is found by id (ascending with time), so no instant is compared in SQL.</summary>
internal static class RiskModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RiskAssessment>(e =>
        {
            e.ToTable("risk_assessments");
            e.Property(x => x.ScopeKey).HasMaxLength(140);
            e.Property(x => x.ScopeName).HasMaxLength(200);
            e.Property(x => x.AssessedById).HasMaxLength(64);
            e.Property(x => x.AssessedByName).HasMaxLength(200);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.HasIndex(x => new { x.ScopeKey, x.Id });
            e.HasMany(x => x.Ratings).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<RiskRating>(e =>
        {
            e.ToTable("risk_ratings", t =>
            {
                t.HasCheckConstraint("ck_risk_ratings_likelihood", "\"Likelihood\" BETWEEN 1 AND 5");
                t.HasCheckConstraint("ck_risk_ratings_impact", "\"Impact\" BETWEEN 1 AND 5");
            });
            e.Property(x => x.RiskKey).HasMaxLength(64);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Response).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.OwnerId).HasMaxLength(64);
            e.Property(x => x.OwnerName).HasMaxLength(200);
            e.Property(x => x.Evidence).HasMaxLength(1000);
            e.HasIndex(x => new { x.AssessmentId, x.RiskKey }).IsUnique();
        });
    }
}
