namespace SalesCoach.Data.Import;

/// <summary>What one import file holds: one entity per file, as CRMs export one module per file.</summary>
public enum ImportEntity
{
    Users,
    Customers,
    Deals,
    Orders,
}
