using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Reminders;
using SalesCoach.Data.Risk;
using SalesCoach.Data.Training;

namespace SalesCoach.Tests.Dashboard;

/// <summary>
/// What the chat would have left behind in team east-1 (华东一组) by the time a manager opens the dashboard: a team goal
/// and a rep goal, a saved risk check, a callback reminder and an accepted training plan, written through the
/// skills' own stores.
/// </summary>
public static class DashboardSampleRecords
{
    public const string Team = "east-1";

    public static async Task AddAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var org = await services.GetRequiredService<SalesOrganisation>().GetAsync();
        string Name(string id) => org.Users[id].Name;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var quarter = KpiPeriod.Current(KpiGranularity.Quarter, now, zone);
        var goals = services.GetRequiredService<GoalStore>();
        foreach (var (kind, owner, name, metric, target) in new[]
        {
            (GoalOwnerKind.Team, Team, "华东一组", KpiCatalogue.Revenue, 3_000_000m),
            (GoalOwnerKind.Rep, "r01", Name("r01"), KpiCatalogue.OrderCount, 60m),
        })
        {
            var draft = await goals.SaveDraftAsync(new Goal
            {
                OwnerKind = kind, OwnerId = owner, OwnerName = name, TeamId = Team, Metric = metric, Target = target,
                StartsAt = quarter.From, Deadline = quarter.To, SetById = "m01", DraftChannelUserId = "sample-" + owner, CreatedAt = now, UpdatedAt = now,
            });
            await goals.ConfirmAsync(draft.Id, "m01", now);
        }

        var assessment = new RiskAssessment
        {
            ScopeKey = "team:" + Team, ScopeName = "华东一组", AssessedById = "m01", AssessedByName = Name("m01"), AssessedAt = now.AddDays(-3), Locale = "zh-CN",
        };
        foreach (var (key, likelihood, impact) in new[] { ("customer_concentration", 4, 4), ("process", 3, 3), ("technology", 1, 2) })
        {
            var rating = new RiskRating { RiskKey = key, OwnerName = Name("m01"), OwnerId = "m01", DueDate = DateOnly.FromDateTime(now.AddDays(14).UtcDateTime) };
            rating.Rate(RiskCatalogue.Find(key)!, likelihood, impact);
            assessment.Ratings.Add(rating);
        }
        await services.GetRequiredService<RiskAssessmentStore>().SaveAsync(assessment);

        await services.GetRequiredService<ReminderStore>().AddAsync(new Reminder
        {
            ChannelId = "msteams", ChannelUserId = "29:r02", SalesUserId = "r02", CustomerName = "华信科技", Subject = "回访华信科技",
            DueUtc = now.AddDays(2), TimeZoneId = "Asia/Shanghai", Locale = "zh-CN",
        });

        var training = services.GetRequiredService<TrainingPlanStore>();
        var plan = await training.ProposeAsync(new TrainingPlan
        {
            SubjectKind = "rep", SubjectId = "r03", SubjectName = Name("r03"), ProposedBy = "m01",
            WindowFrom = DateOnly.FromDateTime(now.AddDays(-90).UtcDateTime), WindowTo = DateOnly.FromDateTime(now.UtcDateTime),
            Items =
            [
                new TrainingPlanItem { Position = 1, Metric = KpiCatalogue.ConversionRate, Format = "RolePlay", TraineeIds = "r03", PlaybookSection = "sales-skills", ScheduledOn = DateOnly.FromDateTime(now.AddDays(7).UtcDateTime), Value = 12m },
                new TrainingPlanItem { Position = 2, Metric = KpiCatalogue.Csat, Format = "CaseStudy", TraineeIds = "r03", PlaybookSection = "customer-care", ScheduledOn = DateOnly.FromDateTime(now.AddDays(14).UtcDateTime), Value = 3.6m },
            ],
        });
        await training.DecideAsync(plan.Id, accept: true, decidedBy: "m01");
    }
}
