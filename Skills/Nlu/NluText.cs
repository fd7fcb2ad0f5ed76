using System.Text;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The text as the rules see it: NFKC-folded, lower case, English typos corrected; with a map back to
/// the typed text so that every entity span is reported exactly as typed ("this quater").
/// </summary>
public sealed class NluText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private NluText(string original, string folded, int[] starts, int[] ends)
    {
        Original = original;
        Folded = folded;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    /// <summary>What patterns run on.</summary>
    public string Folded { get; }

    public static NluText Create(string original)
    {
        var folded = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            if (char.IsAsciiLetter(original[i]))
            {
                // A whole ASCII word at a time, so a misspelt word can be swapped for its correction;
                // every char of the correction maps back to the whole typed word.
                var end = i;
                while (end < original.Length && char.IsAsciiLetter(original[end])) end++;
                var word = original[i..end].ToLowerInvariant();
                var corrected = EnglishTypoCorrector.Correct(word);
                var exact = corrected.Length == word.Length;
                for (var k = 0; k < corrected.Length; k++)
                {
                    folded.Append(corrected[k]);
                    // Same length (case only, or one substitution): a char-exact map; otherwise the whole word.
                    starts.Add(exact ? i + k : i);
                    ends.Add(exact ? i + k + 1 : end);
                }
                i = end;
                continue;
            }
            // A surrogate half alone is not a valid string to normalise (emoji, rare CJK): keep it as typed.
            var f = char.IsSurrogate(original[i]) ? string.Empty : original[i].ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
            // Only one-to-one folds (full-width letters, digits, punctuation); others stay as typed.
            folded.Append(f.Length == 1 ? f[0] : original[i]);
            starts.Add(i);
            ends.Add(i + 1);
            i++;
        }
        return new NluText(original, folded.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>Maps a range of <see cref="Folded"/> back to the typed text: (start, length).</summary>
    public (int Start, int Length) ToOriginal(int foldedStart, int foldedLength)
    {
        if (foldedLength <= 0) return (_starts.Length == 0 ? 0 : _starts[Math.Min(foldedStart, _starts.Length - 1)], 0);
        var start = _starts[foldedStart];
        var end = _ends[foldedStart + foldedLength - 1];
        return (start, end - start);
    }

    public EntitySpan Span(string name, int foldedStart, int foldedLength, object? resolution = null)
    {
        var (start, length) = ToOriginal(foldedStart, foldedLength);
        return new EntitySpan(name, Original.Substring(start, length), start, length, resolution);
    }
}
