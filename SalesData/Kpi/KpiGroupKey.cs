using System.Linq.Expressions;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Kpi;

/// <summary>The column a scope filters or groups on. Facts carry owner, team and region (see Attributed), so none needs a join.</summary>
internal static class KpiGroupKey
{
    public static Expression<Func<T, string?>> Of<T>(KpiScopeKind kind) where T : Attributed => kind switch
    {
        KpiScopeKind.Rep => x => x.OwnerId,
        KpiScopeKind.Team => x => x.TeamId,
        KpiScopeKind.Region => x => x.RegionId,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "The company is not a group"),
    };

    public static Expression<Func<Customer, string?>> OfCustomer(KpiScopeKind kind) => kind switch
    {
        KpiScopeKind.Rep => x => x.OwnerId,
        KpiScopeKind.Team => x => x.TeamId,
        KpiScopeKind.Region => x => x.RegionId,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "The company is not a group"),
    };

    public static IQueryable<T> Within<T>(IQueryable<T> rows, KpiScope scope) where T : Attributed => scope.Kind switch
    {
        KpiScopeKind.Company => rows,
        KpiScopeKind.Rep => rows.Where(x => x.OwnerId == scope.Id),
        KpiScopeKind.Team => rows.Where(x => x.TeamId == scope.Id),
        _ => rows.Where(x => x.RegionId == scope.Id),
    };

    public static IQueryable<Customer> Within(IQueryable<Customer> rows, KpiScope scope) => scope.Kind switch
    {
        KpiScopeKind.Company => rows,
        KpiScopeKind.Rep => rows.Where(x => x.OwnerId == scope.Id),
        KpiScopeKind.Team => rows.Where(x => x.TeamId == scope.Id),
        _ => rows.Where(x => x.RegionId == scope.Id),
    };

    public static string Column(KpiScopeKind kind) => kind switch
    {
        KpiScopeKind.Rep => "OwnerId",
        KpiScopeKind.Team => "TeamId",
        KpiScopeKind.Region => "RegionId",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
