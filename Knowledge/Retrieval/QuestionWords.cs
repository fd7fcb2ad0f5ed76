namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// Words that shape a question but name nothing to look for ("怎么", "有哪些", "what", "should"), and words for
/// the document itself ("文章", "guide"). Left in, they would match every passage of a how-to text.
/// </summary>
internal static class QuestionWords
{
    public static readonly HashSet<string> Chinese = new(StringComparer.Ordinal)
    {
        "我", "我们", "你", "你们", "他", "他们", "她", "大家", "自己", "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "是", "有", "在",
        "和", "与", "及", "或", "也", "都", "就", "还", "还得", "要", "想", "能", "会", "可以", "可", "应该", "应", "该", "需要", "需", "得",
        "一般", "一下", "什么", "哪些", "哪个", "哪几", "哪", "几", "哪儿", "怎么", "怎么样", "怎样", "如何", "为什么", "为何", "是否", "有没有",
        "没有", "啥", "具体", "主要", "到底", "比较", "好", "好好", "这个", "那个", "这些", "那些", "这", "那", "时候", "的话", "一些", "些", "个",
        "种", "上", "下", "里", "中", "等", "给", "让", "把", "被", "对", "从", "来", "去", "做", "搞", "弄", "用", "说", "看", "文章", "指南",
        "文中", "里面", "本文", "一", "不", "很", "太", "最", "多", "点", "下来", "出来", "起来", "接下来", "然后", "之后", "以后", "现在",
        "平时", "日常", "通常", "其实", "总是", "一直", "已经", "才", "又", "再", "更", "而", "但", "但是", "如果", "因为", "所以", "为了",
        "不能", "要是", "还是", "或者", "以及", "通过", "进行", "一样", "公司", "我们公司", "感觉", "觉得", "打算", "准备", "建议", "推荐",
        "提到", "里头", "啥样", "哪种", "哪里", "地方", "形式", "方面", "事情", "东西", "问题", "情况", "大概", "比如", "例子", "几个",
        "每个", "每", "别", "各", "没", "吗", "能起", "起", "完", "还要", "以后", "整体", "整体上", "大体", "大体上", "一大堆", "根本", "明显", "试试", "同时", "互相", "多些", "一套", "帮",
    };

    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "guid", "guide", "article", "document", "doc", "say", "says", "suggest", "recommend", "way", "ways", "should", "bother", "actual",
        "actually", "good", "best", "thing", "things", "kind", "kinds", "common", "usual", "typical", "mean", "do", "doe", "get",
        "make", "keep", "know", "tell", "need", "want", "like", "go", "come", "give", "use", "also", "just", "really", "our", "my",
        "we", "i", "me", "us", "you", "your", "what", "which", "how", "why", "when", "where", "who", "whom", "one", "some", "any",
        "all", "much", "many", "more", "most", "other", "there", "here", "about", "accord", "according", "whole", "couple", "lot",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "did", "does", "doing", "done",
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these", "those", "it", "its", "they",
        "them", "their", "he", "she", "his", "her", "him", "of", "in", "on", "at", "to", "for", "from", "with", "without", "by",
        "into", "over", "under", "out", "up", "down", "off", "around", "through", "between", "after", "before",
        "once", "while", "until", "again", "still", "already", "even", "only", "not", "no", "nothing", "every", "each", "both",
        "can", "could", "would", "will", "shall", "may", "might", "must", "ought", "let", "lets", "let's", "whether", "there's",
        "what's", "how's", "it's", "i'm", "we're", "don't", "doesn't", "recommended", "suggested", "suggests", "recommends",
        "way", "kind", "sort", "type", "thing", "stuff", "anything", "something", "everything", "someone", "anyone", "good",
        "great", "better", "best", "right", "real", "see", "look", "looking", "think", "try", "start",
        "happen", "able", "sure", "just", "also", "very", "too", "quite",
        "really", "please", "maybe", "perhaps", "often", "usually", "always", "never", "ever", "now", "today", "currently",
        "come", "comes", "going", "gets", "got", "take", "put", "find",
        "whats", "hows", "im", "isn", "aren", "wasn", "don", "doesn", "didn", "can't", "cant", "won", "anymore", "else", "pls", "please",
        "ok", "okay", "hey", "hi", "thanks", "guys", "somebody", "somewhere", "basically", "honestly", "literally", "kinda", "sorta",
    };
}
