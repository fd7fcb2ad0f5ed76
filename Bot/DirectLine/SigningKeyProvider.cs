using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SalesCoach.Data;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// The HMAC key for embedded Direct Line tokens: from configuration when set (required for several
/// instances), otherwise generated once and kept in the data directory so tokens survive a restart.
/// </summary>
public sealed class SigningKeyProvider(IOptions<DirectLineOptions> options, IOptions<DataOptions> data)
{
    private readonly Lazy<byte[]> _key = new(() => Load(options.Value, data.Value));

    public byte[] Key => _key.Value;

    private static byte[] Load(DirectLineOptions options, DataOptions data)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Convert.FromBase64String(options.SigningKey);
            if (configured.Length < 32)
                throw new InvalidOperationException("SalesCoach:DirectLine:SigningKey must be at least 32 bytes (base64).");
            return configured;
        }
        var path = Path.Combine(Path.GetFullPath(data.DataDirectory), "directline-signing.key");
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
