namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>Finds where a span the model copied sits in the user's text.</summary>
internal static class SpanLocator
{
    /// <summary>
    /// The first occurrence not already taken by an entity of the same name (so "A and A" yields two
    /// spans); exact case first, then ignoring case, since models sometimes re-case English words.
    /// Returns -1 when the span does not occur.
    /// </summary>
    public static int Find(string text, string span, IEnumerable<int> taken)
    {
        if (span.Length == 0)
        {
            return -1;
        }

        var takenStarts = taken.ToHashSet();
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var first = -1;
            for (var at = text.IndexOf(span, comparison); at >= 0; at = text.IndexOf(span, at + 1, comparison))
            {
                if (!takenStarts.Contains(at))
                {
                    return at;
                }

                first = first < 0 ? at : first;
            }

            if (first >= 0)
            {
                return first;
            }
        }

        return -1;
    }
}
