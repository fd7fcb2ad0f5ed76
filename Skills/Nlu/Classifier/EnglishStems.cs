using Lucene.Net.Tartarus.Snowball.Ext;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>The Snowball (Porter 2) English stem of a word, so "reminders", "reminding" and "remind" are one feature.</summary>
public static class EnglishStems
{
    // The stemmer keeps state between calls; one per thread keeps parses concurrent.
    [ThreadStatic] private static EnglishStemmer? _stemmer;

    public static string Stem(string word)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
