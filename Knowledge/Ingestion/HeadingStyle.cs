namespace SalesCoach.Knowledge.Ingestion;

/// <summary>How a heading line of plain text is numbered; each style found takes the next outline level.</summary>
internal enum HeadingStyle
{
    /// <summary>"一、制定销售策略"</summary>
    ChineseNumeral,

    /// <summary>"（一）…" or "(1) …"</summary>
    Parenthesised,

    /// <summary>"1、市场分析"</summary>
    ArabicComma,

    /// <summary>"1. 如何提高…?" and "1.2 …"</summary>
    ArabicDot,

    /// <summary>A short line without numbering or end punctuation, followed by body text: "数据收集与分析".</summary>
    Plain,

    /// <summary>A short line ending with a colon that opens a numbered list: "相关问答FAQs:".</summary>
    Container,
}
