using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Team and region on an attributed row are the owner's at the time the row is first imported (see
/// <see cref="Attributed"/>). A re-import keeps the stored attribution unless the row changed owner, so
/// history does not move when a rep changes team and an unchanged file stays unchanged.
/// </summary>
internal static class Attribution
{
    public static void Apply(Attributed row, UserRef owner, Attributed? stored)
    {
        if (stored is not null)
        {
            row.Id = stored.Id;
            if (stored.OwnerId == owner.Id)
            {
                row.TeamId = stored.TeamId;
                row.RegionId = stored.RegionId;
                return;
            }
        }
        row.TeamId = owner.TeamId;
        row.RegionId = owner.RegionId;
    }
}
