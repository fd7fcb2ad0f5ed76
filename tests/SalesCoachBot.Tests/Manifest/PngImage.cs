using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SalesCoach.Tests.Manifest;

/// <summary>
/// A tiny PNG decoder for the icons manifest/icons/make_icons.py writes: RGBA, 8 bits per channel,
/// not interlaced, any of the five row filters. Enough to check pixels without an imaging library.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    private const int BytesPerPixel = 4;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * BytesPerPixel;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => Pixel(i % Width, i / Width));

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = (0, 0);
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                // bit depth 8, colour type 6 (RGBA), compression 0, filter method 0, no interlace
                if (!data[8..13].SequenceEqual(new byte[] { 8, 6, 0, 0, 0 }))
                    throw new NotSupportedException("only 8-bit RGBA, non-interlaced PNGs are decoded here");
            }
            else if (type == "IDAT")
                compressed.Write(data);
            offset += 12 + length; // length, type, data, CRC
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * BytesPerPixel;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var a = x >= BytesPerPixel ? pixels[y * stride + x - BytesPerPixel] : 0;
                var b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                var c = x >= BytesPerPixel && y > 0 ? pixels[(y - 1) * stride + x - BytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter type {filter} in row {y}"),
                };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
