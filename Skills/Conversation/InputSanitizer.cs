using System.Text;

namespace SalesCoach.Skills.Conversation;

/// <summary>Makes user text safe to reason about: no control characters, no lone surrogates, bounded length.</summary>
public static class InputSanitizer
{
    /// <summary>Longer messages are refused politely rather than parsed: nobody asks a coach a 2,000-character question.</summary>
    public const int MaxTextLength = 2000;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(Math.Min(text.Length, MaxTextLength * 2));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) continue;
            if (c is '\n' or '\t') { sb.Append(c); continue; }
            if (char.IsControl(c) || c is '\u200b' or '\u200e' or '\u200f' or '\ufeff' or '\u202e' or '\u202d') continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
