using System.Security.Cryptography;
using System.Text;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Our ids for imported users, customers, teams and regions. Derived from the source identity, so the
/// same file gives the same ids on any machine; the generic preset keeps the file's id when it is free,
/// so a hand-made file's ids are also ours.
/// </summary>
internal static class ImportIds
{
    private const int MaxLength = 64;

    public static string ForRow(string system, string sourceId, bool keepSourceId, Func<string, bool> taken)
    {
        if (keepSourceId && !taken(sourceId)) return sourceId;
        var id = $"{system}-{sourceId}";
        if (id.Length > MaxLength || taken(id)) id = Hashed(system, sourceId);
        return id;
    }

    /// <summary>A short stable id from a name (Chinese names included), e.g. "region-3f2a9c01d4".</summary>
    public static string Hashed(string prefix, string name) =>
        $"{prefix}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10]}";
}
