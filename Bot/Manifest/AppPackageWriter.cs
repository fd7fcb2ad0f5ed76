using System.IO.Compression;

namespace SalesCoach.Bot.Manifest;

/// <summary>Writes the flat zip Teams uploads; returns its size in bytes.</summary>
public static class AppPackageWriter
{
    public static async Task<long> WriteAsync(string outputPath, IReadOnlyList<(string Name, byte[] Bytes)> files, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                await entry.WriteAsync(bytes, cancellationToken);
            }
        }

        // Write beside the target and move into place, so a failed run never leaves half a package
        // that Teams would reject with a confusing error.
        var temporary = $"{outputPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            if (Directory.Exists(outputPath))
                throw new ManifestPackException($"cannot write {outputPath}: it is a directory");
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            await File.WriteAllBytesAsync(temporary, buffer.ToArray(), cancellationToken);
            File.Move(temporary, outputPath, overwrite: true);
            return buffer.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
            throw new ManifestPackException($"cannot write {outputPath}: {ex.Message}");
        }
    }
}
