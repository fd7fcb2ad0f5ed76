using System.Text;

namespace SalesCoach.Data.Import.Tabular;

/// <summary>
/// Decodes a CSV file's bytes. Excel on a Chinese Windows saves "CSV" in the ANSI code page (GBK, which
/// GB18030 contains) and "CSV UTF-8" with a BOM; bytes that are valid UTF-8 are UTF-8, anything else is
/// read as GB18030. A UTF-16 BOM (Excel's "Unicode text") is honoured too.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
