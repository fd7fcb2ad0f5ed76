using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// When the evidence is too thin to answer: the best passage covers too little of what the question asks
/// (weighted by how specific each word is), or the question asks for a kind of fact that a management guide
/// only gives when it says so, and the passage does not: a figure (a price, a rate, a statistic), the law,
/// how to operate a named product (set-up steps, imports, formulas), how another industry works, or which equipment to buy. Such
/// questions sound on topic ("set up lead assignment in Zoho CRM" shares words with the CRM section), so word
/// coverage alone answers them; the passage must hold the same kind of fact. Calibrated on the tuning sets
/// as a whole, not per question.
/// </summary>
public static partial class AnswerPolicy
{
    /// <summary>Below this share of the question's weight covered by the best passage, the bot declines.</summary>
    public const double MinCoverage = 0.20;

    /// <summary>
    /// A question naming a product (Zoho, Excel) must be covered this far without the name: the guide names products
    /// as examples, so the name alone matches a section that says nothing about what is asked of the product.
    /// Between the tuning sets' answerable questions with names (0.42 and above) and the product how-tos (0.34 and below).
    /// </summary>
    public const double MinCoverageBesidesNames = 0.35;

    public static bool ShouldAnswer(RetrievalResult retrieval)
    {
        // The lexical evidence decides: a vector ranking may reorder passages but never makes an uncovered question answerable.
        if ((retrieval.Lexical ?? retrieval.Best) is not { } best) return false;
        if (best.Coverage < MinCoverage) return false;
        if (retrieval.UnknownNames.Count > 0) return false;
        if (retrieval.CoverageBesidesNames < MinCoverageBesidesNames) return false;
        if (retrieval.Plan.AsksForFigure && !Figure().IsMatch(best.Passage.Text)) return false;
        // The cited passage must hold the fact itself: the playbook mentioning pivot tables is no guide to building one.
        return UnsupportedAsk(retrieval.Plan.Question, best.Passage.Text) is null;
    }

    /// <summary>The kind of fact the question asks for that the passage does not give, or null.</summary>
    public static string? UnsupportedAsk(string question, string passage)
    {
        var q = Text.Script.ToHalfWidth(question);
        if (Law().IsMatch(q) && !Law().IsMatch(passage)) return "law";
        if (ProductOperation().IsMatch(q) && !ProductOperation().IsMatch(passage)) return "product operation";
        // "统计" and "average" are also verbs and words of method ("订单处理时间要不要统计"): a statistic is asked for
        // when a quantity is ("平均…是多少", "what percentage").
        if (Statistic().IsMatch(q) && Quantity().IsMatch(q) && !Statistic().IsMatch(passage) && !Figure().IsMatch(passage)) return "statistic";
        if (Price().IsMatch(q) && !Figure().IsMatch(passage)) return "price";
        var industry = Industry().Match(q);
        if (industry.Success && !Mentions(passage, industry.Value)) return "industry";
        // Equipment is a purchase question only when something is to be bought ("follow up by phone" is not one).
        var equipment = Equipment().Match(q);
        if (equipment.Success && Purchase().IsMatch(q) && !Mentions(passage, equipment.Value)) return "equipment";
        return null;
    }

    /// <summary>
    /// Whether the passage names the word; an English word in a Chinese passage through CC-CEDICT's Chinese words for
    /// it ("phone" → 电话), so an English asker is held to the same evidence as a Chinese one, not to a literal match
    /// a Chinese text can never give.
    /// </summary>
    private static bool Mentions(string passage, string word)
    {
        if (passage.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        if (!word.Any(char.IsAsciiLetter) || Text.Script.Language(passage) != "zh") return false;
        // The whole phrase must be one sense: "training companies" is not "training" (培训, which the guide is full of).
        var stems = TermDictionary.Words(word);
        return CedictDictionary.Instance.Find(stems).Where(f => f.Length == stems.Length).SelectMany(f => f.Words)
            .Any(w => w.Length >= 2 && passage.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d+(\.\d+)?\s*(%|％|元|万|亿|美元|个月|年|天|周|小时|percent|dollars|days|weeks|months|years)|[$¥€£]\s*\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"法律|法规|劳动法|合同法|劳动合同|法条|违法|合法|违约|诉讼|仲裁|律师|法院|法务|个税|税务|缴税|纳税|发票|社保|合规|竞业|个人信息保护|隐私|最低工资|加班费|经济补偿|辞退|解雇|合同条款|付款条件|账期|\blaws?\b|legal|lawsuit|\bsue\b|court|attorney|lawyer|regulations?\b|compliance|GDPR|\btax(es|ed|ation)?\b|labou?r code|contract (clauses?|terms)|payment terms|credit terms|non-compete|privacy|data protection|employment law|minimum wage|overtime pay|severance|wrongful", RegexOptions.IgnoreCase)]
    private static partial Regex Law();

    // Operating a piece of software; not "设置目标" or "set up a review meeting", which the guide does answer.
    [GeneratedRegex(@"导入|导出|安装|注册.{0,6}(账号|账户)|开通.{0,6}(账号|账户|功能|权限)|(系统|接口|API|ERP|OA)(对接|集成)|(对接|集成)(系统|接口|API|ERP|OA)|搭建.{0,4}(系统|平台)|模板|透视表|插件|接口|\bAPI\b|快捷键|权限|字段|同步到|绑定|登录|账号|密码|审批流|工作流|自动分配|设置.{0,8}(规则|审批|字段|权限|提醒功能|自动)|\bset ?up\b.{0,40}\b(in|on|inside) (zoho|salesforce|hubspot|excel|dynamics|teams|slack|crm|the crm|fxiaoke|dingtalk|wecom)|configure|\binstall|\bimport(s|ing)?\b|\bexport(s|ing)?\b|pivot|macro|plug-?in|integrat\w* (it |them )?with (our |the )?(erp|crm|email|calendar|system|api|app|website)|sign up|template|workflow rules?|automation rules?|assignment rules?|step[- ]by[- ]step|shortcut|custom fields?|permissions?|\bsync|log ?in\b|password|webhook", RegexOptions.IgnoreCase)]
    private static partial Regex ProductOperation();

    [GeneratedRegex(@"统计|平均|行业数据|调查显示|数据显示|多少家|占比|百分之|排名第|市场占有率是|\baverage\b|statistic|survey|benchmark|industry data|how many (companies|firms|people|teams|businesses)|what percentage|market share of|\bper cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statistic();

    [GeneratedRegex(@"多少|几成|几个|几家|几%|比例|占比|百分|比率|率是|数字|数据显示|调查显示|\bhow (many|much|big|large|often)\b|percent|percentage|\brate\b|\bratio\b|\bnumber of\b|\bwhat('s| is| are) (the )?(average|typical|usual|median)|\bfigures?\b|\bstatistics?\b|\bsurvey (says|shows|found)|benchmarks? (for|of)", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"多少钱|收费|报价是多少|报价多少|价格是多少|售价|年费|月费|\bprice (per|of|for)\b|\bper (seat|user|license|month)\b|monthly (price|fee|cost)|subscription (price|fee|cost)|how much (does|is|are|do)", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"证券|券商|银行|保险|医院|医疗|医药|制药|餐饮|饭店|酒店|房地产|地产|楼盘|汽车|4S店|学校|教培|律所|超市|零售|电商|外卖|物流|快消|服装|美容|健身|农业|化工|工厂|制造业|securities|brokerage|\bbanks?\b|banking|insurance|hospital|healthcare|pharma|restaurant|hotel|real estate|realtor|car dealer|automotive|school|universit|supermarket|retail|e-?commerce|logistics|fashion|fitness|\bgym\b|farm|factory|manufactur|training compan(y|ies)|course sellers?|law firm|dental|clinic|construction|\boil\b|airline|travel agenc|telecom|government tender|live-?stream|influencer|franchise|医美|口腔|家装|装修|建材|钢铁|煤炭|石油|航空|旅行社|电信|运营商|招投标|招标|直播|带货|主播|加盟|母婴|白酒|钉钉|企业微信|飞书|销售易|用友|金蝶", RegexOptions.IgnoreCase)]
    private static partial Regex Industry();

    [GeneratedRegex(@"laptops?|computers?|printers?|phones?|tablets?|笔记本电脑|电脑|手机|打印机|平板", RegexOptions.IgnoreCase)]
    private static partial Regex Equipment();

    [GeneratedRegex(@"买|购买|采购|购置|配备|选购|哪款|哪个牌子|什么牌子|\bbuy|purchas|\bget (a|new|some)\b|which (brand|model|one)|what (brand|model)|recommend", RegexOptions.IgnoreCase)]
    private static partial Regex Purchase();
}
