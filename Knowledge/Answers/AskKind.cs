using System.Text.RegularExpressions;

namespace SalesCoach.Knowledge.Answers;

/// <summary>What a question asks for, which decides what an extract must hold: a list, steps, a reason, or an explanation.</summary>
internal enum AskKind
{
    /// <summary>"是什么", "what is": the passage's defining sentence and what it adds.</summary>
    Explain,

    /// <summary>"哪些", "which", "what are": every item of the list.</summary>
    List,

    /// <summary>"怎么", "how": the steps.</summary>
    Steps,

    /// <summary>"为什么", "why": the reason.</summary>
    Reason,
}

internal static partial class AskKinds
{
    public static AskKind Of(string question)
    {
        var text = question.ToLowerInvariant();
        if (Reason().IsMatch(text)) return AskKind.Reason;
        if (List().IsMatch(text)) return AskKind.List;
        if (Steps().IsMatch(text)) return AskKind.Steps;
        return AskKind.Explain;
    }

    /// <summary>Sentences that give a reason or a purpose ("是为了", "so that"): what a "why" question wants.</summary>
    public static bool GivesReason(string sentence) => ReasonMarker().IsMatch(sentence.ToLowerInvariant());

    [GeneratedRegex(@"为什么|为何|为啥|有什么(用|好处|意义|作用)|有(啥|什么)用|的(意义|好处|作用|目的)|意义何在|重要吗|有必要|必要性|\bwhy\b|what for|purpose|point of|good for|benefits? of|does it matter|important|worth it")]
    private static partial Regex Reason();

    [GeneratedRegex(@"哪些|哪几|有什么|有啥|包括|包含|几种|几类|几个方面|分哪|什么样的|什么内容|\bwhich\b|what (are|kinds?|types?|sorts?|ways|things|steps|areas|parts|methods|tools|channels|indicators|metrics|numbers)|\blist\b|\binclude\b|\bname (the|some)\b")]
    private static partial Regex List();

    [GeneratedRegex(@"怎么|怎样|如何|步骤|流程|哪几步|几步|\bhow\b|\bsteps?\b|\bprocess\b|go about")]
    private static partial Regex Steps();

    [GeneratedRegex(@"是为了|为了|以便|才能|因为|所以|从而|有助于|能够|可以提|提升|提高|保障|确保|基础|关键|because|so that|\bso\b|helps?|ensures?|keeps?|lifts?|raises?|matters|foundation|the point|in order to|leads? to|\bis for\b|\bare for\b|used for|good for|purpose")]
    private static partial Regex ReasonMarker();
}
