using System.Text;

namespace SalesCoach.Data.Import;

/// <summary>
/// How headers and coded values (stages, roles) are compared: case, surrounding and repeated spaces,
/// and full-width forms do not matter, because exports differ in exactly these between versions and locales.
/// </summary>
internal static class ImportText
{
    public static string Key(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Replace("\uFEFF", "").Replace("\u200B", "");
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
            }
            else builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
