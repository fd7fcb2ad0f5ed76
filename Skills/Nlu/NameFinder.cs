using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Names;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Finds people (our reps) and customers (companies and their contacts). The directory decides when it
/// knows a name; otherwise patterns do: a surname with 总/经理 or a company suffix is a customer; a
/// capitalised name after call/visit/follow up, or before "deal"/"这单", is a customer; a Chinese name
/// before 的/目标/a period, or after 给/帮/看下, is one of ours. Team and region names get no label.
/// </summary>
public static class NameFinder
{
    // Common surnames, minus those that mostly start ordinary words (谢谢, 余额, 顾客, 董事, 曾经, 范围, 夏季).
    private const string Surnames = "张王李赵刘陈杨黄吴徐孙朱胡郭林何罗梁宋郑韩唐冯萧曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴钟汪姜姚谭廖邹熊陆郝孔崔邱秦侯邵孟尹黎贺赖龚严";

    // Before 总/经理 a title makes the name unambiguous, so surnames that also start ordinary words are safe here.
    private const string ContactSurnames = Surnames + "马周钱谢余顾董曾范夏石金任方程白田段雷汤乔龙史毛";

    /// <summary>The common surnames, whose pinyin starts a person's name and rules out a company's (<see cref="Names.PinyinNames"/>).</summary>
    internal const string SurnameCharacters = Surnames;
    internal const string AllSurnameCharacters = ContactSurnames;

    // 周 is a common surname but mostly means "week": not a name when a week word follows ("周五", "周末", "周报").
    // The surnames left out of the main list for the words they start are names when that word does not follow.
    private const string PersonSurname = $"(?:[{Surnames}]|周(?![一二三四五六七日天末报内度期边围年会中初底])|谢(?![谢绝])|余(?![额下量])|顾(?![客问])|范(?![围例本])|夏(?![季天])|董(?![事])|曾(?![经])|马(?![上路虎力达]))";

    private static readonly Regex ZhContact = new($"[{ContactSurnames}](?:总(?![结共数额计体部监裁是要])|经理|董|老板|主任|处长|局长|老师|工|姐|哥)", PhrasePattern.Options);
    // Company suffixes; a full name stacks them ("华晟电子科技有限公司"), so the match takes them all, not the first.
    private const string CompanySuffixes = "股份有限公司|有限责任公司|有限公司|股份公司|公司|科技|集团|银行|实业|网络|电子|股份|医院|控股|贸易|商贸|建材|物流|制造|电器|传媒|地产|置业|医药|化工|食品|机械|货运|光电|能源|汽车|软件|通信|生物|环保|家居|纺织|钢铁|航空|电力|光伏|半导体|物业|重工|精密|材料|包装|运输|设备";
    private static readonly Regex ZhCompany = new($@"[\u4e00-\u9fff]{{2,6}}?(?:{CompanySuffixes})+", PhrasePattern.Options);
    internal static readonly Regex LeadingCompanySuffix = new($"^(?:{CompanySuffixes})", PhrasePattern.Options);
    internal static readonly Regex TrailingCompanySuffixes = new($"(?:{CompanySuffixes})+$", PhrasePattern.Options);
    private static readonly Regex ZhPersonAnywhere = new($"{PersonSurname}[\\u4e00-\\u9fff]{{1,2}}", PhrasePattern.Options);
    private static readonly Regex ZhPerson = new($"(?<![\\u4e00-\\u9fff]){PersonSurname}[\\u4e00-\\u9fff]{{1,2}}|(?<=给|帮|让|看下|看看|和|跟|与|找|催|问问|查下|查查|安排)(?:{PersonSurname})[\\u4e00-\\u9fff]{{1,2}}", PhrasePattern.Options);
    // What follows a rep's name: particles and time words, and the verbs and topics a manager goes on with
    // ("王强电话沟通不太行", "赵磊谈判…", "和李娜对一下", "周杰整个目标"), so a 2-character name is not read as 3.
    private const string PersonFollowers = "嘴手的这本上下今去最目转需该设定签在有是q业销客订新完还进老要那个季月年周电谈沟能总一不没很太比对跟和也都就说做拿跑打把被整搞弄开让带回成演讲写管拜报离给从向帮";
    // A rep's name right after a period and before 的 ("上个月曹磊的满意度"): the period word hides the name's left edge.
    private static readonly Regex ZhPersonAfterTime = new($"(?<=月|周|季度|年|天)(?<name>{PersonSurname}[\\u4e00-\\u9fff]{{1,2}}?)(?=的)", PhrasePattern.Options);
    // A bare company name (no suffix) before words that make it the subject of a deal ("宏达这个单子", "星辰相关的提醒").
    private static readonly Regex ZhDealOwner = new(@"(?<=^|[，,。：:\s]|关于|把|看看|看下|查查|查下|评估一下|评估)(?<name>[一-鿿]{2,4}?)(?=相关的|这个单子|那个单子|的单子|这单|那单|那边的单子)", PhrasePattern.Options);
    // Whoever is visited or followed up with is a customer, even with no company suffix ("回访万科", "跟进一下华为").
    // Typed as heard, the callback verb is often 汇访 / 会访 / 回坊.
    private static readonly Regex ZhVisitTarget = new(@"(?<verb>拜访|回访|汇访|会访|回坊|跟进|联系|约见|去见|见完|去|给)(?:一下|客户)?\s*(?<name>[\u4e00-\u9fff]{2,4}?)(?=$|[，,。.!！?？\s]|的|那边|了|打(?:个)?电话|签|谈|聊|续约|对一下|确认)", PhrasePattern.Options);
    // In a reminder, what comes before "的(回访)提醒" is whom it is about ("华信的提醒还在吗", "取消华晟的回访提醒").
    private static readonly Regex ZhReminderOwner = new(@"(?<=^|[，,。\s]|取消|删除|删掉|删了|撤掉|关于)(?<name>[\u4e00-\u9fff]{2,6}?)(?=的(?:回访|拜访)?提醒|那个提醒|的那个提醒)", PhrasePattern.Options);
    private static readonly Regex NotVisitTarget = new("^(我|你|他|她|这|那|咱|客户|大家|一下|下|的|了|过|着|没|刚|还|都|已|也|就|再|又|才)|客户|一下|他们|她们|情况|进度|谁|什么|哪|啥|" + BusinessObjects, PhrasePattern.Options);
    // Things a follow-up or a reminder is about that are not companies ("跟进报价", "关于合同的提醒").
    private const string BusinessObjects = "报价|合同|订单|项目|进展|方案|回款|付款|目标|会议|培训|风险|数据|业绩|邮件|发票|样品|需求";
    // What a reminder or a risk is "about" ("关于万达的提醒") is a customer.
    private static readonly Regex ZhAbout = new(@"关于(?<name>[\u4e00-\u9fff]{2,6}?)(?=的|相关)", PhrasePattern.Options);
    // Pronouns, request verbs and team words are not company names ("帮我查下这单").
    private static readonly Regex NotDealOwner = new("^(这|那|咱|本|今|明|上|下|团队|公司|客户)|[我你他她帮查看给请]|[区部组队]$|" + BusinessObjects, PhrasePattern.Options);
    // A Latin name followed by "on his pipeline" / "about her quota" is one of our reps being coached, whatever the cue verb.
    private static readonly Regex OurRepAfter = new(@"^\s*(?:'s\s+)?(?:on|about|re:?|regarding|over)?\s*(?:his|her)\s+(?:pipeline|quota|goals?|targets?|numbers|forecast|performance|deals|progress|coaching|1:1|development|territory)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // Capitalised runs ("Stark Industries"); words that are not names are cut off the run afterwards.
    private static readonly Regex LatinName = new(@"(?:Mr|Mrs|Ms|Dr)\.?\s[A-Z][a-z]+|[A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)*(?:\s(?:Inc|Ltd|Corp|LLC|Co)\.?)?", PhrasePattern.Options & ~RegexOptions.IgnoreCase);
    private static readonly Regex CustomerCue = new(@"(call|call back|ring|ring back|visit|meet|email|contact|follow up with|check in with|reminder for|reminders for|about|with|from|拜访|回访|跟进|联系|去|给)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex CustomerAfter = new(@"^('s)?\s*(deal|account|opportunity|contract|renewal|tickets?|invoice|quote|proposal|po|payment|project|rfp|这单|那单|的单|这个单|那个|的报价|的合同|相关|单子)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // The English words a company's name ends with ("Jiuzhou Electronics", "Tianyu Logistics", "Wayne Enterprises").
    private static readonly Regex CompanySuffix = new(@"\s(Inc|Ltd|Corp|Corporation|LLC|Co|Company|Group|Holdings|Technologies|Technology|Tech|Electronics|Electric|Logistics|Trading|Pharma|Pharmaceuticals|Industries|Industrial|Enterprises|Systems|Software|Solutions|Motors|Auto|Foods|Bank|Steel|Energy|Medical|Chemicals?|Materials|Manufacturing|Networks|Telecom|Retail|Capital|Partners|Labs|International|Intl|Textiles|Machinery|Media|Biotech)\.?$", RegexOptions.CultureInvariant);
    // A title in front, or a Chinese one in pinyin behind (王总 "Wang Zong", 李经理 "Li Jingli"), names a customer's contact.
    private static readonly Regex Title = new(@"^(?:Mr|Mrs|Ms|Miss|Dr|Director|Manager|GM|Boss|President|Chairman|CEO)\.?\s|\s(?:zong|jingli|laoban)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // What belongs to one of our reps: their figures and their coaching ("Sarah's numbers", "Li Na's quota", "Tom's accounts").
    private static readonly Regex RepAfter = new(@"^'s\s+(?:numbers|quota|pipeline|targets?|goals?|performance|forecast|win rate|conversion|kpis?|results|progress|coaching|1:1|territory|accounts|calls|team|month|quarter|week|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // Whom a manager coaches or meets one-to-one is one of ours.
    private static readonly Regex RepCue = new(@"(?:coach|coaching for|train|1:1 with|1-1 with|one-on-one with|one on one with|my rep|rep|teammate)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "set", "show", "how", "what", "which", "who", "can", "goal", "target", "remind", "ping", "cancel", "delete", "remove",
        "list", "start", "run", "new", "suggest", "send", "change", "turn", "enable", "top", "avg", "are", "is", "do", "does",
        "my", "our", "the", "a", "an", "please", "hi", "hello", "good", "help", "stop", "never", "smart", "kpi", "kpis", "csat",
        "nps", "yoy", "apac", "emea", "east", "west", "north", "south", "china", "asia", "europe", "america", "crm", "ok", "okay",
        "reminder", "digest", "revenue", "q1", "q2", "q3", "q4", "english", "chinese", "sales", "team", "let", "give", "tell",
        "when", "where", "why", "will", "would", "should", "could", "any", "all", "get", "make", "create", "add", "check", "review",
        // Pronouns and sentence openers are capitalised at the start of a sentence, never names.
        "we", "you", "he", "she", "they", "it", "this", "that", "there", "before", "after", "honestly", "also", "just", "so", "if",
        "no", "yes", "hey", "quick",
        // Dates and holidays are capitalised too ("Dec 5", "next Tue", "by Christmas"); "May", "Sun" and "Sat" are left to the
        // time finder, which claims them first when they are dates, since they are also names.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "christmas", "xmas", "thanksgiving", "eod", "eow", "ytd", "mtd", "qtd", "fy", "h1", "h2",
    };

    public static IReadOnlyList<EntitySpan> Find(NluText text, string intent, IDirectory directory, IReadOnlyList<(int Start, int Length)> taken)
    {
        var found = new List<EntitySpan>();
        var original = text.Original;
        bool Free(int start, int length) =>
            !taken.Concat(found.Select(f => (f.Start, f.Length))).Any(t => start < t.Item1 + t.Item2 && t.Item1 < start + length);
        void Add(string name, int start, int length, string resolved)
        {
            if (Free(start, length)) found.Add(new EntitySpan(name, original.Substring(start, length), start, length, resolved));
        }

        // The directory first: exact, then one-edit fuzzy for Latin names ("Globx").
        foreach (var (names, entity) in new[] { (directory.People, EntityNames.Person), (directory.Customers, EntityNames.Customer) })
            foreach (var n in names)
            {
                var i = original.IndexOf(n, StringComparison.OrdinalIgnoreCase);
                if (i >= 0) Add(entity, i, n.Length, n);
            }

        // Customers go by their short names in chat ("华信" for 杭州华信科技有限公司): the same name without its city and suffixes.
        foreach (var alias in CustomerAliases.Of(directory.Customers))
        {
            var i = original.IndexOf(alias, StringComparison.Ordinal);
            if (i >= 0) Add(EntityNames.Customer, i, alias.Length, alias);
        }

        foreach (Match m in ZhContact.Matches(original)) Add(EntityNames.Customer, m.Index, m.Length, m.Value);
        foreach (Match m in ZhCompany.Matches(original))
        {
            // Trim the verbs and particles the lazy match may have swallowed on the left ("回访一下华信科技").
            // The verbs include the tail of a trigger ("提醒我续约华信科技" must not give "醒我续约华信科技").
            var trimmed = Regex.Match(m.Value, "(?:.*(?:一下|下|拜访|回访|跟进|联系|评估|看看|去|给|和|与|跟|对|到|的|了|在|把|个|访|查|问|找|于|续约|续签|续费|续|签约|签|约|我|你|催|谈|请|向|替|让|叫|送|喊|回|款|价|合同|电话|邮件|资料|方案|样品))?(?<name>.+)$").Groups["name"];
            // "我们公司" is us, not a customer.
            if (trimmed.Length < 3 || Regex.IsMatch(trimmed.Value, "^(我们|你们|我|本|贵|该|这家|那家|这个|那个)")) continue;
            // "全公司" / "整个公司": one character before the suffix is a scope word, not a customer's name.
            if (TrailingCompanySuffixes.Replace(trimmed.Value, string.Empty).Length < 2) continue;
            // Ordinary words the verb list does not know ("是蓝海物流", "一次德力集团") are not part of the name either.
            var core = NameCore(trimmed.Value);
            var offset = core is { } c && trimmed.Value.Length - c.Offset >= 3 ? c.Offset : 0;
            Add(EntityNames.Customer, m.Index + trimmed.Index + offset, trimmed.Length - offset, trimmed.Value[offset..]);
        }
        foreach (Match m in ZhDealOwner.Matches(original))
        {
            var name = m.Groups["name"];
            if (!NotDealOwner.IsMatch(name.Value)) Add(EntityNames.Customer, name.Index, name.Length, name.Value);
        }
        if (intent is Intents.ReminderCreate or Intents.ReminderList or Intents.ReminderCancel or Intents.RiskCheck)
            foreach (Match m in ZhAbout.Matches(original))
            {
                var name = m.Groups["name"];
                if (!NotDealOwner.IsMatch(name.Value)) Add(EntityNames.Customer, name.Index, name.Length, name.Value);
            }
        foreach (Match m in ZhVisitTarget.Matches(original))
        {
            var name = m.Groups["name"];
            // "去" and "给" lead to a customer only in a reminder ("提醒我去华晟签合同"); elsewhere they start anything.
            if (m.Groups["verb"].Value is "去" or "给" && intent is not (Intents.ReminderCreate or Intents.ReminderList or Intents.ReminderCancel)) continue;
            if (NotVisitTarget.IsMatch(name.Value) || NameCore(name.Value) is not { } core) continue;
            Add(EntityNames.Customer, name.Index + core.Offset, core.Name.Length, core.Name);
        }
        if (intent is Intents.ReminderCreate or Intents.ReminderList or Intents.ReminderCancel)
            foreach (Match m in ZhReminderOwner.Matches(original))
            {
                var name = m.Groups["name"];
                // "张伟的提醒" is about one of our reps; the person patterns below take it.
                if (NotDealOwner.IsMatch(name.Value) || ZhPerson.IsMatch(name.Value) && name.Length <= 3 || NameCore(name.Value) is not { } core) continue;
                Add(EntityNames.Customer, name.Index + core.Offset, core.Name.Length, core.Name);
            }
        foreach (Match m in ZhPersonAfterTime.Matches(original))
            Add(EntityNames.Person, m.Groups["name"].Index, m.Groups["name"].Length, Resolve(m.Groups["name"].Value, directory.People));
        foreach (Match m in ZhPerson.Matches(original))
        {
            var name = PersonName(original, m);
            if (name is not null) Add(EntityNames.Person, m.Index, name.Length, Resolve(name, directory.People));
        }
        // A name right after a common word ("哪个培训适合孙浩", "提醒张伟回访", "帮我为王芳制定"), where no trigger word
        // precedes it: the word before must end where the surname starts, and the surname must not end a word
        // itself ("扩张") nor start one ("黄金").
        foreach (Match m in ZhPersonAnywhere.Matches(original))
        {
            if (m.Index == 0 || !IsHan(original[m.Index - 1]) || !AfterAWord(original, m.Index)) continue;
            if (ChineseLexicon.Instance.IsOrdinary(original.Substring(m.Index - 1, 2)) || ChineseLexicon.Instance.IsOrdinary(original.Substring(m.Index, 2))) continue;
            var name = PersonName(original, m);
            if (name is not null) Add(EntityNames.Person, m.Index, name.Length, Resolve(name, directory.People));
        }
        // Chinese names typed in lower-case pinyin ("is zhang wei on track") are our people's.
        foreach (var (start, length) in PinyinNames.LowerCasePeople(original))
        {
            var name = original.Substring(start, length);
            if (Title.IsMatch(name)) Add(EntityNames.Customer, start, length, Resolve(name, directory.Customers));
            else Add(EntityNames.Person, start, length, Resolve(name, directory.People));
        }
        foreach (var m in LatinName.Matches(original).SelectMany(NameRuns))
        {
            if (NotNames.Contains(m.Value) || m.Value.All(c => !char.IsLetter(c) || char.IsUpper(c)) && m.Length <= 5 && !CustomerCue.IsMatch(original[..m.Index])) continue;
            if (EnglishTypoCorrector.Correct(m.Value.ToLowerInvariant()) != m.Value.ToLowerInvariant() || NluVocabulary.Words.Contains(m.Value.ToLowerInvariant()) || NluVocabulary.CommonWords.Contains(m.Value.ToLowerInvariant())) continue;
            var isCustomer = IsCustomer(m.Value, original[..m.Index], original[(m.Index + m.Length)..], intent);
            Add(isCustomer ? EntityNames.Customer : EntityNames.Person, m.Index, m.Length,
                Resolve(m.Value, isCustomer ? directory.Customers : directory.People));
        }
        return found;
    }

    /// <summary>
    /// Whether a capitalised name the directory does not know is a customer's or one of our people's, strongest evidence
    /// first: a title ("Mr. Wang") or a company word ("Jiuzhou Electronics", "Umbrella Corp") makes a customer; "his/her"
    /// after it ("Sarah on her quota") one of ours; then the name's shape: a Chinese name in pinyin ("Zhang Wei", "Li Na")
    /// is one of ours, a one-word pinyin name ("Huaxin") a company's; then the words around it: what belongs to a rep
    /// ("Sarah's numbers", "coach Tom") or to a customer ("the Globex deal", "call Acme", "Globex tickets"); failing all of
    /// these, a name in a reminder or a risk check is a customer and anywhere else one of ours ("how is Sarah doing").
    /// </summary>
    internal static bool IsCustomer(string name, string before, string after, string intent)
    {
        if (Title.IsMatch(name) || CompanySuffix.IsMatch(name)) return true;
        if (OurRepAfter.IsMatch(after)) return false;
        if (PinyinNames.IsPersonName(name)) return false;
        if (!name.Contains(' ') && PinyinNames.IsBrandName(name)) return true;
        if (RepAfter.IsMatch(after) || RepCue.IsMatch(before)) return false;
        if (CustomerCue.IsMatch(before) || CustomerAfter.IsMatch(after)) return true;
        if (intent is Intents.ReminderCreate or Intents.ReminderList or Intents.ReminderCancel or Intents.RiskCheck) return true;
        return false;
    }

    /// <summary>
    /// What is left of a Chinese candidate name after the ordinary words in front of it ("一次德力集团" -> "德力集团"),
    /// or null when nothing name-like is left ("清单给我", "电话", "没做"): a name is not made of common words.
    /// </summary>
    private static (int Offset, string Name)? NameCore(string candidate)
    {
        var words = ChineseWords.Instance.Cut(candidate).ToList();
        var offset = 0;
        var i = 0;
        while (i < words.Count && ChineseLexicon.Instance.IsOrdinary(words[i]))
            offset += words[i++].Length;
        var end = words.Count;
        // A verb or particle after the name ("华晟设的提醒") is not part of it.
        while (end > i + 1 && words[end - 1].Length == 1 && ChineseLexicon.Instance.IsOrdinary(words[end - 1])) end--;
        var rest = words.GetRange(i, end - i);
        // A name is not made of common words, except the company words names end with ("德力集团"): "回个电话" is not a customer.
        if (rest.Count == 0 || rest.Any(w => w.Length >= 2 && ChineseLexicon.Instance.IsOrdinary(w) && !TrailingCompanySuffixes.IsMatch(w))) return null;
        var name = string.Concat(rest);
        return name.Length < 2 ? null : (offset, name);
    }

    /// <summary>Splits a capitalised run at words that are not names ("Set Tom" -> "Tom").</summary>
    private static IEnumerable<(int Index, int Length, string Value)> NameRuns(Match run)
    {
        if (!run.Value.Contains(' ') || Regex.IsMatch(run.Value, @"^(Mr|Mrs|Ms|Dr)\.?\s")) return [(run.Index, run.Length, run.Value)];
        var words = Regex.Matches(run.Value, "[A-Za-z.]+").Where(w => !IsNotName(w.Value)).ToList();
        if (words.Count == 0) return [];
        // The longest contiguous stretch of name words, re-matched so the caller still gets a Match.
        var first = words[0];
        var last = first;
        foreach (var w in words.Skip(1))
        {
            if (run.Value[(last.Index + last.Length)..w.Index].Trim().Length > 0 || w.Index - (last.Index + last.Length) > 1) break;
            last = w;
        }
        var text = run.Value[first.Index..(last.Index + last.Length)];
        return [(run.Index + first.Index, text.Length, text)];
    }

    private static bool IsNotName(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        return NotNames.Contains(lower) || NluVocabulary.Words.Contains(lower) || NluVocabulary.CommonWords.Contains(lower);
    }

    /// <summary>A 2- or 3-character name, whichever is followed by something a name is followed by.</summary>
    private static string? PersonName(string original, Match m)
    {
        var end = m.Index + m.Length;
        // Followed by a particle or verb the list knows, by no letter, or by a common word ("王芳推荐课程", "赵磊设定目标"):
        // jieba's dictionary knows far more words than the list.
        bool FollowedWell(int at) => at >= original.Length || PersonFollowers.Contains(char.ToLowerInvariant(original[at])) || !char.IsLetter(original[at]) || char.IsAsciiLetter(original[at])
            || StartsACommonWord(original, at);
        if (m.Length >= 2 && FollowedWell(m.Index + 2) && !PersonFollowers.Contains(original[m.Index + 1])) return original.Substring(m.Index, 2);
        if (m.Length == 3 && FollowedWell(end) && !PersonFollowers.Contains(original[m.Index + 2])) return m.Value;
        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    // Single characters that introduce a person ("为王芳", "是郭佳怡", "提醒张伟" ends in the word 提醒).
    private const string PersonIntroducers = "为是给帮让和跟与找催把问";

    private static bool AfterAWord(string text, int at)
    {
        if (PersonIntroducers.Contains(text[at - 1])) return true;
        for (var length = Math.Min(4, at); length >= 2; length--)
            if (ChineseLexicon.Instance.IsOrdinary(text.Substring(at - length, length))) return true;
        return false;
    }

    private static bool StartsACommonWord(string text, int at)
    {
        for (var length = Math.Min(4, text.Length - at); length >= 2; length--)
            if (ChineseLexicon.Instance.IsOrdinary(text.Substring(at, length))) return true;
        return false;
    }

    /// <summary>The directory's spelling of a name one edit away, or the name as typed.</summary>
    private static string Resolve(string name, IReadOnlyList<string> known) =>
        known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
        ?? known.FirstOrDefault(k => k.Length >= 4 && EnglishTypoCorrector.IsOneEditApart(k.ToLowerInvariant(), name.ToLowerInvariant()))
        ?? name;
}
