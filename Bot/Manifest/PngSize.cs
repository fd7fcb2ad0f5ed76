using System.Buffers.Binary;

namespace SalesCoach.Bot.Manifest;

/// <summary>A PNG's dimensions, read from its header; enough to check icon sizes without an imaging library.</summary>
public readonly record struct PngSize(int Width, int Height)
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size, or null when the bytes are not a PNG.</summary>
    public static PngSize? TryRead(ReadOnlySpan<byte> png)
    {
        // The PNG format requires IHDR to be the first chunk: signature (8 bytes), chunk length (4),
        // "IHDR" (4), then width and height as big-endian 32-bit integers.
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png[12..16].SequenceEqual("IHDR"u8))
            return null;
        return new PngSize(BinaryPrimitives.ReadInt32BigEndian(png[16..20]), BinaryPrimitives.ReadInt32BigEndian(png[20..24]));
    }

    public override string ToString() => $"{Width}x{Height}";
}
