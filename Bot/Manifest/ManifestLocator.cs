namespace SalesCoach.Bot.Manifest;

/// <summary>
/// Finds the repository's manifest/ folder. Walks up from the working directory and then from the
/// executable's folder, so `dotnet run --project Bot -- manifest pack` works from the repo root,
/// from Bot/, and from a build output folder alike.
/// </summary>
public static class ManifestLocator
{
    public const string FolderName = "manifest";
    public const string ManifestFileName = "manifest.json";

    public static string Find(string? explicitDirectory = null)
    {
        if (explicitDirectory is not null)
        {
            var full = Path.GetFullPath(explicitDirectory);
            return File.Exists(Path.Combine(full, ManifestFileName))
                ? full
                : throw new ManifestPackException($"no {ManifestFileName} in {full}");
        }

        string[] starts = [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, ManifestFileName)))
                    return candidate;
            }
        }
        throw new ManifestPackException(
            $"cannot find {FolderName}/{ManifestFileName} above {starts[0]} or {starts[1]}; pass --manifest-dir DIR");
    }
}
