using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.DirectLine;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Knowledge;
using SalesCoach.Data.Model;
using SalesCoach.Data.Reminders;
using SalesCoach.Data.Risk;
using SalesCoach.Data.Proactive;
using SalesCoach.Data.State;
using SalesCoach.Data.Training;

namespace SalesCoach.Data;

/// <summary>
/// The project's database. Provider-specific subclasses (SQLite, PostgreSQL) exist only so that each
/// provider keeps its own migrations; the model is defined once, here.
/// </summary>
public abstract class SalesCoachDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BotStateRecord> BotState => Set<BotStateRecord>();
    public DbSet<DirectLineConversationRecord> DirectLineConversations => Set<DirectLineConversationRecord>();
    public DbSet<DirectLineActivityRecord> DirectLineActivities => Set<DirectLineActivityRecord>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<SalesUser> Users => Set<SalesUser>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<KnowledgeFeedbackRecord> KnowledgeFeedback => Set<KnowledgeFeedbackRecord>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<RiskRating> RiskRatings => Set<RiskRating>();
    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();
    public DbSet<TrainingPlanItem> TrainingPlanItems => Set<TrainingPlanItem>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<DigestSettings> DigestSettings => Set<DigestSettings>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalRevision> GoalRevisions => Set<GoalRevision>();
    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();
    public DbSet<DeliveryRecord> ProactiveDeliveries => Set<DeliveryRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BotStateRecord>(e =>
        {
            e.ToTable("bot_state");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(512);
            e.Property(x => x.ETag).HasMaxLength(64).IsConcurrencyToken();
        });
        modelBuilder.Entity<DirectLineConversationRecord>(e =>
        {
            e.ToTable("directline_conversations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(128);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.NextSequence).IsConcurrencyToken();
        });
        modelBuilder.Entity<DirectLineActivityRecord>(e =>
        {
            e.ToTable("directline_activities");
            e.HasKey(x => x.Id);
            e.Property(x => x.ConversationId).HasMaxLength(64);
            e.Property(x => x.ActivityId).HasMaxLength(128);
            e.HasIndex(x => new { x.ConversationId, x.Sequence }).IsUnique();
        });
        modelBuilder.Entity<KnowledgeFeedbackRecord>(e =>
        {
            e.ToTable("knowledge_feedback");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(128);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.ConversationId).HasMaxLength(256);
            e.Property(x => x.Locale).HasMaxLength(16);
            e.Property(x => x.Question).HasMaxLength(1000);
            e.Property(x => x.Mode).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(256);
            e.Property(x => x.Section).HasMaxLength(512);
            e.HasIndex(x => x.CreatedAt);
        });
        SalesModel.Configure(modelBuilder);
        RiskModel.Configure(modelBuilder);
        TrainingModel.Configure(modelBuilder);
        ReminderModel.Configure(modelBuilder, Database.IsSqlite());
        GoalModel.Configure(modelBuilder, utcTicks: this is SqliteSalesCoachDbContext);
        ProactiveModel.Configure(modelBuilder, Database.IsSqlite());
    }
}
