using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Kpi;

/// <summary>
/// Builds a small sales company by hand: the one builder every test company uses (the KPI tests' company,
/// and the tiny, goal, training and risk companies the transcripts talk to). Facts copy team and region from their owner when written
/// (as the importer does), unless a test gives its own attribution (a rep's history from another team).
/// Times are given in China Standard Time and stored as UTC instants (Npgsql writes only offset zero).
/// </summary>
public sealed class KpiDatasetBuilder
{
    private readonly KpiDataset _data = new();

    /// <summary>An instant in Asia/Shanghai (UTC+8, no daylight saving), returned as UTC.</summary>
    public static DateTimeOffset Cst(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(8)).ToUniversalTime();

    public KpiDatasetBuilder Region(string id, string name)
    {
        _data.Regions.Add(new Region { Id = id, Name = name });
        return this;
    }

    public KpiDatasetBuilder Team(string id, string name, string regionId)
    {
        _data.Teams.Add(new Team { Id = id, Name = name, RegionId = regionId });
        return this;
    }

    public KpiDatasetBuilder User(string id, string name, SalesRole role, string? teamId = null, string? managerId = null, string? aad = null)
    {
        var regionId = teamId is null ? null : _data.Teams.Single(t => t.Id == teamId).RegionId;
        _data.Users.Add(new SalesUser
        {
            Id = id, Name = name, Role = role, TeamId = teamId, RegionId = regionId, ManagerId = managerId,
            Email = $"{id}@example.com", TeamsAadObjectId = aad,
        });
        return this;
    }

    public KpiDatasetBuilder Customer(string id, string ownerId, DateTimeOffset createdAt, string? name = null, DateTimeOffset? lastContactAt = null)
    {
        var owner = Owner(ownerId);
        _data.Customers.Add(new Customer
        {
            Id = id, Name = name ?? $"Customer {id}", OwnerId = owner.Id, TeamId = owner.TeamId, RegionId = owner.RegionId, CreatedAt = createdAt,
            LastContactAt = lastContactAt,
        });
        return this;
    }

    public KpiDatasetBuilder Target(string ownerId, string metric, TargetPeriod period, DateOnly periodStart, decimal value)
    {
        _data.Targets.Add(new Target { OwnerId = ownerId, Metric = metric, Period = period, PeriodStart = periodStart, Value = value });
        return this;
    }

    public KpiDatasetBuilder Order(string ownerId, string customerId, decimal amount, string channel, DateTimeOffset createdAt,
        DateTimeOffset? fulfilledAt = null, string currency = "CNY", string? teamId = null)
    {
        var order = new Order
        {
            CustomerId = customerId, OwnerId = ownerId, Amount = amount, Currency = currency, Channel = channel,
            CreatedAt = createdAt, FulfilledAt = fulfilledAt,
        };
        _data.Orders.Add(Attribute(order, teamId));
        return this;
    }

    public KpiDatasetBuilder Deal(string ownerId, string customerId, DealStage stage, DateTimeOffset createdAt, DateTimeOffset? closedAt, decimal amount = 1000m)
    {
        _data.Deals.Add(Attribute(new Deal
        {
            CustomerId = customerId, OwnerId = ownerId, Stage = stage, Amount = amount, Currency = "CNY", Channel = SalesChannels.Direct,
            CreatedAt = createdAt, ClosedAt = closedAt,
        }, null));
        return this;
    }

    public KpiDatasetBuilder Interaction(string ownerId, string customerId, InteractionKind kind, DateTimeOffset occurredAt,
        DateTimeOffset? requestedAt = null, DateTimeOffset? firstResponseAt = null)
    {
        _data.Interactions.Add(Attribute(new Interaction
        {
            CustomerId = customerId, OwnerId = ownerId, Kind = kind, OccurredAt = occurredAt, RequestedAt = requestedAt, FirstResponseAt = firstResponseAt,
        }, null));
        return this;
    }

    public KpiDatasetBuilder Survey(string ownerId, string customerId, int score, DateTimeOffset respondedAt)
    {
        _data.Surveys.Add(Attribute(new Survey { CustomerId = customerId, OwnerId = ownerId, Score = score, RespondedAt = respondedAt }, null));
        return this;
    }

    public KpiDataset Build() => _data;

    private SalesUser Owner(string id) => _data.Users.Single(u => u.Id == id);

    private T Attribute<T>(T fact, string? teamId) where T : Attributed
    {
        var owner = Owner(fact.OwnerId);
        fact.TeamId = teamId ?? owner.TeamId;
        fact.RegionId = teamId is null ? owner.RegionId : _data.Teams.Single(t => t.Id == teamId).RegionId;
        return fact;
    }
}

/// <summary>The rows of a hand-built company, kept in memory beside the database they were inserted into.</summary>
public sealed class KpiDataset
{
    public List<Region> Regions { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<SalesUser> Users { get; } = [];
    public List<Customer> Customers { get; } = [];
    public List<Order> Orders { get; } = [];
    public List<Deal> Deals { get; } = [];
    public List<Interaction> Interactions { get; } = [];
    public List<Survey> Surveys { get; } = [];
    public List<Target> Targets { get; } = [];

    /// <summary>Inserts the rows into the database of a host's (or a test's) services.</summary>
    public async Task WriteAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await InsertAsync(db);
    }

    /// <summary>Inserts the rows with EF, parents before children (the foreign keys have no navigations to order them by).</summary>
    public async Task InsertAsync(SalesCoachDbContext db)
    {
        db.Regions.AddRange(Regions);
        await db.SaveChangesAsync();
        db.Teams.AddRange(Teams);
        await db.SaveChangesAsync();
        db.Users.AddRange(Users.Where(u => u.ManagerId is null));
        await db.SaveChangesAsync();
        db.Users.AddRange(Users.Where(u => u.ManagerId is not null));
        await db.SaveChangesAsync();
        db.Customers.AddRange(Customers);
        await db.SaveChangesAsync();
        db.Orders.AddRange(Orders);
        db.Deals.AddRange(Deals);
        db.Interactions.AddRange(Interactions);
        db.Surveys.AddRange(Surveys);
        db.Targets.AddRange(Targets);
        await db.SaveChangesAsync();
    }
}
