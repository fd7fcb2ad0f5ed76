namespace SalesCoach.Knowledge.Answers;

/// <summary>How an answer was written.</summary>
public enum AnswerMode
{
    /// <summary>The knowledge base does not cover the question; nothing was made up.</summary>
    Declined,

    /// <summary>Sentences taken from the best passages, as written there.</summary>
    Extractive,

    /// <summary>Written by the LLM from the retrieved passages only, its citations checked.</summary>
    Generated,
}
