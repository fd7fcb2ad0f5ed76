using SalesCoach.Data.Names;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Hosting;

/// <summary>The recogniser's directory over the sales data: reps, managers, customers, teams and regions, as last loaded.</summary>
public sealed class SalesDirectory(SalesNames names) : IDirectory
{
    public IReadOnlyList<string> People => names.People;
    public IReadOnlyList<string> Customers => names.Customers;
    public IReadOnlyList<string> Regions => names.Regions;
    public IReadOnlyList<string> Teams => names.Teams;
}
