namespace SalesCoach.Knowledge.Retrieval;

/// <summary>The index's fields: the same passage read by several analyzers, headings also on their own.</summary>
internal static class Fields
{
    /// <summary>Headings and text, Chinese words (SmartCn).</summary>
    public const string Chinese = "zh";

    /// <summary>The section's headings only (SmartCn): a question naming the topic should find the section about it.</summary>
    public const string Headings = "head";

    /// <summary>The intros of the sections above (SmartCn): a subsection inherits what its parent says it is about.</summary>
    public const string Context = "ctx";

    /// <summary>Headings and text, Chinese character bigrams: robust where word segmentation of question and text differ.</summary>
    public const string Bigrams = "bi";

    /// <summary>Headings and text, English words stemmed (the English playbook and English documents).</summary>
    public const string English = "en";

    /// <summary>The section card's Chinese questions and key terms (SmartCn): how people ask for what the section says.</summary>
    public const string Cards = "card";

    /// <summary>The section card's English questions and key terms, stemmed: an English way into a Chinese section.</summary>
    public const string CardsEnglish = "card_en";

    /// <summary>The field whose terms a query field is looked up in: headings and intros are read with the passage's words.</summary>
    public static string Stored(string field) => field is Headings or Context ? Chinese : field;
}
