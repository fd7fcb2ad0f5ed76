using Microsoft.EntityFrameworkCore;
using SalesCoach.Data;
using SalesCoach.Data.Model;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Proactive;
using SalesCoach.Skills.Reminders;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Reminders;

/// <summary>The same reminder path on PostgreSQL: the migration, the owner and due-time queries, the quiet-customer query.</summary>
public sealed class ReminderPostgresTests
{
    [PostgresFact]
    public async Task RemindersAreCreatedListedComposedAndSuggestedOnPostgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var host = await ReminderHost.StartAsync(database.ConnectionString, OneRepOneCustomerAsync);
        async Task<string> SayAsync(string text) => ExpectRepliesClient.ReadableText(
            await ExpectRepliesClient.SendAsync(host.Client, Activities.Message(text, "zh-CN", "pg-1", EastRep)));

        Assert.Contains("提醒你", await SayAsync("明天上午10点提醒我回访华信科技"));
        Assert.Contains("回访华信科技", await SayAsync("我的提醒"));
        Assert.Contains("华信科技", await SayAsync("哪些客户该回访了"));

        var scheduled = host.Schedule.Last("reminder:")!;
        var composer = host.Services.GetServices<IProactiveComposer>().Single(c => c.Kind == "reminder");
        var message = await composer.ComposeAsync(scheduled);
        Assert.Contains("回访华信科技", message!.Replies[0].Text);

        Assert.Contains("已取消", await SayAsync("刚才那个不要了"));
        Assert.Null(await composer.ComposeAsync(scheduled));
        var store = host.Services.GetRequiredService<ReminderStore>();
        Assert.Equal(ReminderStatus.Cancelled, (await store.FindAsync(long.Parse(scheduled.PayloadId)))!.Status);
    }

    /// <summary>PostgreSQL takes UTC instants only; the tiny company's orders are written in local time, and this test needs no orders.</summary>
    private static async Task OneRepOneCustomerAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Regions.Add(new Region { Id = "east", Name = "华东" });
        db.Teams.Add(new Team { Id = "east-1", Name = "华东一组", RegionId = "east" });
        db.Users.Add(new SalesUser { Id = EastRep, Name = "张伟", Role = SalesRole.Rep, TeamId = "east-1" });
        db.Customers.Add(new Customer { Id = "c1", Name = "华信科技", OwnerId = EastRep, TeamId = "east-1", CreatedAt = DateTimeOffset.UtcNow.AddYears(-1) });
        await db.SaveChangesAsync();
    }
}
