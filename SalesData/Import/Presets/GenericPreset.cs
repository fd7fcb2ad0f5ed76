using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// Hand-made or scripted files: the headers are exactly our field names, times are ISO 8601 (an offset
/// is expected; a time without one is read in the company time zone), and references may use the
/// generic file's ids or our own row ids.
/// </summary>
internal static class GenericPreset
{
    public static readonly ImportPreset Instance = new()
    {
        Name = "generic",
        AcceptsOwnIds = true,
        Stages = CommonValues.Stages,
        Roles = CommonValues.Roles,
        Columns = new Dictionary<ImportEntity, IReadOnlyList<ImportColumn>>
        {
            [ImportEntity.Users] =
            [
                new(Id, true, Id), new(Name, true, Name), new(Email, false, Email), new(Role, false, Role),
                new(ImportFields.Team, false, ImportFields.Team), new(ImportFields.Region, false, ImportFields.Region), new(ManagerId, false, ManagerId), new(ImportFields.TimeZone, false, ImportFields.TimeZone),
                new(AadObjectId, false, AadObjectId),
            ],
            [ImportEntity.Customers] =
            [
                new(Id, true, Id), new(Name, true, Name), new(Industry, false, Industry), new(OwnerId, false, OwnerId),
                new(CreatedAt, true, CreatedAt),
            ],
            [ImportEntity.Deals] =
            [
                new(Id, true, Id), new(CustomerId, true, CustomerId), new(OwnerId, true, OwnerId), new(Stage, true, Stage),
                new(Amount, true, Amount), new(Currency, false, Currency), new(Channel, false, Channel),
                new(CreatedAt, true, CreatedAt), new(ClosedAt, false, ClosedAt),
            ],
            [ImportEntity.Orders] =
            [
                new(Id, true, Id), new(CustomerId, true, CustomerId), new(OwnerId, true, OwnerId), new(Amount, true, Amount),
                new(Currency, false, Currency), new(Channel, false, Channel), new(CreatedAt, true, CreatedAt),
                new(FulfilledAt, false, FulfilledAt),
            ],
        },
    };
}
