namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The weighted evidence for each intent, zh and en, on folded text (lower case, typos corrected).
/// Single keywords carry little weight; a verb together with its object ("设…目标", "cancel … reminder")
/// carries more, so that shared words ("目标", "提醒", "取消") are decided by what goes with them.
/// </summary>
public static class IntentLexicon
{
    private const string Gap = @"[^,，。;；!！?？]{0,12}?";
    private const string EnGap = @"[^,.;!?]{0,30}?";

    public static readonly IReadOnlyList<IntentFeature> Features =
    [
        // goal_set: a setting verb with 目标/goal, or a target number stated for a metric.
        IntentFeature.Of(Intents.GoalSet, 1.0, "目标|指标"),
        // "定的目标" / "设过的指标" is a goal already set (a progress question), so the verb must not be followed by 的.
        IntentFeature.Of(Intents.GoalSet, 2.5, $"(定|设|订|建|立|制定|新建|创建|添加|加)(?![了过]?的)({Gap})(目标|指标)"),
        // "立个flag" is colloquial for committing to a goal; a floor or ceiling ("不低于92分", "at least 20") states a target.
        IntentFeature.Of(Intents.GoalSet, 2.5, "立(个|了|下)?(flag|军令状)"),
        IntentFeature.Of(Intents.GoalSet, 1.5, "不低于|不少于|不高于|不超过|至少(要)?(做到|达到)?|at least|no less than|no more than|(?<!\\d )under \\d"),
        IntentFeature.Of(Intents.GoalSet, 2.5, $"(目标|指标)({Gap})(设成|设为|定成|定为|设定为|设到|定在|设在|做到|达到|提到|提升到|降到)"),
        IntentFeature.Of(Intents.GoalSet, 2.0, "(记成|记为|作为|当作|设为)(目标|指标)"),
        // A goal with "记一下" after it is recorded as a goal, not a reminder ("…目标300w，记一下").
        IntentFeature.Of(Intents.GoalSet, 1.5, "(目标|指标)[^。?？]{0,14}(记一下|记下|记个|记着)"),
        IntentFeature.Of(Intents.GoalSet, 1.5, "(要|得|需要)?(做到|提到|提升到|提高到|达到|冲到|降到|缩短到)"),
        // Aiming at a level ("aim for 25% growth", "争取做到", "力争") states a target.
        IntentFeature.Of(Intents.GoalSet, 2.0, "aim (for|at)|shoot for|争取|力争|目标是"),
        IntentFeature.Of(Intents.GoalSet, 1.0, "goals?|targets?|objectives?|quota"),
        IntentFeature.Of(Intents.GoalSet, 2.5, $"(set|create|add|make|new|define|setup|set up|establish|assign)({EnGap})(goals?|targets?|objectives?|quota)"),
        IntentFeature.Of(Intents.GoalSet, 2.5, $"(goals?|targets?|quota)({EnGap})(to|of|:) ?(\\$|¥|€)?\\d"),
        IntentFeature.Of(Intents.GoalSet, 2.0, "(target|goal|quota) ?:|(?<!on )(goal|target) for"),
        IntentFeature.Of(Intents.GoalSet, 1.5, "(grow|increase|raise|boost|hit|reach|cut|reduce)"),

        // goal_progress: how far along a goal is.
        IntentFeature.Of(Intents.GoalProgress, 2.0, $"(目标|指标|kpi|任务)({Gap})(完成|进度|进展|达成|还差|差多少|情况|多少了|百分之|怎么样了)"),
        IntentFeature.Of(Intents.GoalProgress, 1.5, "完成率|达成率|完成了多少|完成多少|完成得|进度|还差多少|还差|差距|还有多远|多远|离[^,，。]{0,8}目标"),
        IntentFeature.Of(Intents.GoalProgress, 2.0, "progress|on track|tracking|pacing|how close|attainment|achieved|how far|percent of|how much of"),
        IntentFeature.Of(Intents.GoalProgress, 1.0, $"(hit|reach|make|meet)({EnGap})(goals?|targets?|quota)"),

        // Whether a goal will be met ("目标我们能完成吗", "指标有戏吗", "status on our goals", "short of the target"):
        // a question about a goal that exists, not a new one.
        IntentFeature.Of(Intents.GoalProgress, 3.0, $"(目标|指标|任务)[^,，。]{{0,10}}(能完成|能达成|能做到|能不能|完不完成|完成得了|完得成|有戏|来得及|完成吗|达成吗|完成到|做到哪)|(status|update|where are we|how are we doing)( on| of| with| against| toward| towards)?({EnGap})(goals?|targets?|quotas?)|(percentage|share|fraction|portion|what part) of({EnGap})(goals?|targets?|quotas?)|(short of|fall(ing)? short|shortfall)({EnGap})(goals?|targets?|quotas?|numbers?|plan)"),
        // Whether someone will make a goal ("will Priya make quota", "李娜能完成目标吗"), whoever the subject is.
        IntentFeature.Of(Intents.GoalProgress, 3.0, $"(will|can|could|is|are) [a-z]+( [a-z]+)?( (gonna|going to|able to|likely to|on track to))? (make|hit|reach|meet)({EnGap})(numbers?|goals?|targets?|quotas?|plans?)|(能不能|能否|会不会|可不可以|能)(完成|达成|做到|拿下|完得成)[^,，。]{{0,8}}(目标|指标|任务)"),
        // Whether an amount can still be reached ("这个季度能不能完成500万"), with or without the word 目标.
        IntentFeature.Of(Intents.GoalProgress, 2.5, "(能不能|能否|会不会|有没有可能|还能)(完成|达成|做到|拿下|冲到)"),
        // "how's my quota looking", "how are her targets going": a goal's state, asked in passing.
        IntentFeature.Of(Intents.GoalProgress, 3.0, "(how'?s|how is|how are) (my|our|the|his|her|their|team'?s|[a-z]+'s) (quotas?|goals?|targets?|kpis?)( (looking|going|coming along|doing|tracking))?"),
        // Standing against a number ("where do we stand on the Q4 number", "how is Ana tracking against plan").
        IntentFeature.Of(Intents.GoalProgress, 3.0, $"(where (do|does) [a-z]+ stand|how (are|is) [a-z]+( [a-z]+)? (doing|tracking|trending|placed)) (on|against|with|toward|towards|vs)({EnGap})(number|goals?|targets?|quotas?|plan)"),
        IntentFeature.Of(Intents.GoalProgress, 1.5, "have we (hit|reached|met|made)|did we (hit|reach|make|meet)|will we (hit|reach|make)"),
        // Distance to a goal already set ("离…目标还有多远", "where is Kevin at on his goal", "% to goal"): a question
        // about the goal, not a new one, so it must outweigh goal_set's "target for" / "hit".
        // Going over a goal with someone ("和林涛对一下本季度目标") reviews progress; it sets nothing.
        IntentFeature.Of(Intents.GoalProgress, 2.5, $"(对一下|对对|核对|过一下|盘一下|复盘)({Gap})(目标|指标)"),
        IntentFeature.Of(Intents.GoalProgress, 2.5, $"(离|距离|距)[^,，。]{{0,16}}(目标|指标)|(目标|指标)[^,，。]{{0,8}}(咋样|到哪|达成没|完成没|完成了吗|达成了吗|几成|多少了)"),
        IntentFeature.Of(Intents.GoalProgress, 3.0, $"(gonna|going to|on track to|on pace to|will we|are we) (make|hit|reach|meet)({EnGap})(numbers?|goals?|targets?|quotas?|plans?)|on pace|on target|on plan|behind pace|ahead of pace|(how much more|how much left|how much to go|still need|left to (hit|reach|go))({EnGap})(goals?|targets?|quotas?|numbers?)|need to (hit|reach|make|meet) (the |our |my )?({EnGap})(goals?|targets?|quotas?)"),
        IntentFeature.Of(Intents.GoalProgress, 3.0, $"(%|percent|pct) (to|of) (goals?|quotas?|targets?|plans?)|(how close|how far|where)({EnGap})(goals?|targets?|quota)|(against|vs\\.?|versus|behind|ahead)( on| of)?({EnGap})(goals?|targets?|quotas?|plans?)"),

        // kpi_query: asking for a figure (the metric itself adds evidence in the scorer).
        IntentFeature.Of(Intents.KpiQuery, 1.0, "多少|几单|几个|怎么样|如何|最高|最低|排名|对比|比较|哪个多|哪个|多久|多快|多长时间|平均|达标|趋势|查|看下|看看|统计|数据|几个点"),
        IntentFeature.Of(Intents.KpiQuery, 1.0, "what'?s|what is|how many|how much|how long|how fast|how quick|how quickly|show me|top \\d+|which|compare|trend|report|avg|average|numbers?|stats|looking like"),

        // reminder_create
        IntentFeature.Of(Intents.ReminderCreate, 3.0, "提醒我|记得|别忘了|叫我|喊我|通知我"),
        // No 的 in between: "我给张总设的提醒" is about a reminder that already exists.
        IntentFeature.Of(Intents.ReminderCreate, 2.0, "(设|建|加|定|整|弄|搞|来|新建|创建|添加)(?!了)[^的,，。?？]{0,6}?(提醒|reminder|闹钟)"),
        // A reminder stated rather than asked for ("帮我记着点", "记一下：…", "make sure I…", "need a nudge").
        IntentFeature.Of(Intents.ReminderCreate, 2.5, "帮我记|记着|记住|记一下|记下来|别让我忘|到时候(提醒|叫|喊|通知)|提前[^,，。]{0,6}(叫|喊|提醒|通知)我|make sure (i|to)|need a (nudge|reminder|heads-?up)|give me a (nudge|heads-?up|shout)|heads-?up"),
        IntentFeature.Of(Intents.ReminderCreate, 1.0, "提醒|回电话|打电话|回个电话|拜访|回访|跟进|联系"),
        IntentFeature.Of(Intents.ReminderCreate, 3.0, "remind me|ping me|nudge me|alert me|flag me|buzz me|don'?t let me forget"),
        IntentFeature.Of(Intents.ReminderCreate, 2.5, $"(set|create|add|new|make|schedule)({EnGap})reminders?"),
        IntentFeature.Of(Intents.ReminderCreate, 1.0, "reminders?|call back|call|visit|ring|follow up|check in"),

        // reminder_list
        IntentFeature.Of(Intents.ReminderList, 3.0, $"(哪些|什么|几个|多少)({Gap})(提醒|reminder)|(提醒|reminder)({Gap})(列|看|有哪些|还在|有没有|清单)"),
        IntentFeature.Of(Intents.ReminderList, 2.5, $"(看看|看下|查看|查下|列出|列一下|列下|瞅瞅|瞅一眼|瞧瞧|看一眼)({Gap})(提醒|reminder)"),
        IntentFeature.Of(Intents.ReminderList, 3.0, "(要|该|得|需要)(回访|拜访|跟进|联系|打电话给)(哪些|哪几个|哪家|谁)"),
        IntentFeature.Of(Intents.ReminderList, 3.0, $"(show|list|view|see|what|which|any|upcoming|pending)({EnGap})(reminders|callbacks|follow-?ups)"),
        IntentFeature.Of(Intents.ReminderList, 2.0, "upcoming|pending|scheduled"),
        // Asking what is left ("还有啥提醒没处理", "any reminders left", "my reminders for Friday", "关于X的提醒有几个"):
        // reminders that exist, with no creating verb.
        IntentFeature.Of(Intents.ReminderList, 3.0, $"(啥|哪几个)({Gap})(提醒|reminder)|还有({Gap})(提醒|reminder)|(提醒|reminder)[^,，。]{{0,6}}(几个|几条|多少|还剩|剩几|剩下|没处理|没完成|未处理|未完成|给我看|列表)"),
        IntentFeature.Of(Intents.ReminderList, 3.0, "(有啥|有什么|有哪些|还有啥|还有什么)(要|需要|得|该)?(跟进|回访|拜访|联系|打电话|处理)|(anything|what'?s|what is) (scheduled|planned|lined up|coming up)|^(my|all( of)? my) reminders|reminders? (left|remaining|outstanding|due)|^reminders? (for|on|today|tomorrow|this|next)|reminder list|how many reminders|any reminders|on my (list|plate|agenda|schedule|calendar)"),

        // Reminders asked about indirectly: what was booked or set ("约了哪些客户", "是不是之前设过", "设的那个还在不在",
        // "待跟进的事", "回访安排", "callback list", "did I already set", "who am I supposed to call", "remind me what").
        IntentFeature.Of(Intents.ReminderList, 3.5, $"(约了|安排了|设过|设了|定了|记了|让你记|叫你记|让你提醒|叫你提醒|提醒过)[^,，。]{{0,8}}(哪些|什么|啥|谁|几个|哪几)|待(跟进|回访|处理|办)|(列个|列一下|列出|拉个)(单子|清单)|(是不是|有没有)(之前|已经|以前)?(设过|设了|建过|加过|定过|记过)|(设的|定的|建的|让你记的|叫你记的)[^,，。]{{0,8}}(还在|在不在|还有没有|有没有)|(回访|拜访|跟进|电话)(安排|计划|清单|列表|日程)|欠(谁|哪些|哪几)"),
        IntentFeature.Of(Intents.ReminderList, 4.5, "(did|have) i (already |ever )?(set|create|add|make|schedule|ask you)|remind me (what|which|of what|about what)|what did i (ask|tell|get) you to|reminders i (have|set|made|created)|(callback|call|follow-?up|reminder) (list|queue|schedule)|(who|what|anything|anyone|which \\w+)( else)? (am i|do i|should i|i|have i got|i'?ve got|i need|i have)( \\w+){0,3}? (to )?(call|follow up|contact|visit|ping|chase|meet)"),
        // What is ahead of me, asked in general ("what have I got coming up", "everything I'm supposed to do tomorrow").
        IntentFeature.Of(Intents.ReminderList, 3.5, "(what'?s|what have i got|what do i have|anything|what is)( else)? (coming up|lined up|on for)|(i'?m|am i|i am) supposed to|(everything|all|what) (i need|i have|i'?ve got|i'?m supposed|i am supposed) to do"),
        IntentFeature.Of(Intents.ReminderList, 3.0, "(联系|跟进|回访|拜访|打电话给|约|见)(谁|哪些|哪几)"),
        // Who a promised call or visit is owed to ("答应要回电话的都有谁"), or the to-do list itself.
        IntentFeature.Of(Intents.ReminderList, 3.5, "(回电话|回访|拜访|跟进|联系|见|约)的?(都)?(有谁|是谁|有哪些)|to-?do( list)?|todos|待办"),

        // reminder_cancel: a removing verb next to a reminder outweighs both "cancel" and "提醒" alone.
        IntentFeature.Of(Intents.ReminderCancel, 4.0, $"(取消|删|删掉|删除|撤|撤掉|撤销|去掉|移除|清空|清除|清掉|清理|干掉|作废|统统删|全删|不要|不用)({Gap})(提醒|reminder)|(提醒|reminder)({Gap})(取消|删|撤|去掉|移除|清空|清除|清掉|清理|干掉|作废|不要了|不用了|不需要了|没必要了|不必了)"),
        IntentFeature.Of(Intents.ReminderCancel, 4.0, $"(cancel|delete|remove|clear|drop|kill|scrap|wipe|purge|erase|nuke|trash|forget|ditch|get rid of)({EnGap})(reminders?|callbacks?)"),

        // No longer needing to be reminded ("不用再提醒我", "no need to remind me", "stop reminding me") removes one.
        IntentFeature.Of(Intents.ReminderCancel, 5.0, "(不用|不需要|不必|别|无需)再?提醒|no need to remind|(don'?t|do not) (need to )?remind me|stop reminding|(no longer|don'?t|do not) need (the |that |this |my |a )?reminders?|reminders?[^,.;!?]{0,30} (anymore|any more|no longer)"),
        // "…那个，撤了吧": the thing just described (an action with a time) is taken back.
        IntentFeature.Of(Intents.ReminderCancel, 3.5, "(那个|那条|那件)[^,，。]{0,3}[,，]?(撤|删|取消|去掉|不要|作废)"),

        // training_suggest
        IntentFeature.Of(Intents.TrainingSuggest, 3.0, "培训|课程|课|学学|想学|学一下|(该|先|要)学|学(什么|啥|点)|补哪|补啥|补什么|练练|练什么|辅导|提升技能|学习|带教|入职"),
        IntentFeature.Of(Intents.TrainingSuggest, 1.5, "技巧|能力|弱|短板|提高自己|提高|提升|老是丢|丢单|推荐"),
        IntentFeature.Of(Intents.TrainingSuggest, 3.0, "training|coaching|course|courses|workshop|upskill|onboarding|mentor"),
        IntentFeature.Of(Intents.TrainingSuggest, 2.0, "get better at|improve (my|our|his|her|their)|struggl\\w*|new hires|skills|weak at|learn"),
        // A rep described by a weakness ("电话沟通不太行", "谈判老让价", "keeps losing deals at pricing", "what should
        // she work on"): what they need is training, whether or not the word is said.
        IntentFeature.Of(Intents.TrainingSuggest, 2.0, "不太行|不行|不太会|太弱|较弱|太慢|欠缺|不足|拖后腿|需要加强|有待提高|老让价|让价|老是|总是丢|不积极|不主动|讲不清|说不清|跟不上|没信心|怯场|太差|很差"),
        // More ways of describing how a rep falls short ("谈价格很被动", "开场白生硬", "不擅长挖需求", "拉胯",
        // "卡壳", "freezes up", "rambles", "can't seem to close"): a coaching need.
        IntentFeature.Of(Intents.TrainingSuggest, 2.0, "被动|生硬|不擅长|不善于|不太擅长|卡壳|紧张|啰嗦|拉胯|吃力|搞不定|拿不下|没耐心|补补|补一补|补一下|话太多|不听客户|抓不住|不得要领|freez\\w*|rambl\\w*|too pushy|talks too much|what should i teach|teach [a-z]+ (about|how)|(doesn'?t|don'?t|never) listen|interrupts|nervous|awkward|hesitant|can'?t (seem to )?(close|handle|get)|lets deals|loses? the room|too long|not confident|lacks? confidence"),
        // Drive or skill said to be lacking ("积极性不高", "执行力差").
        IntentFeature.Of(Intents.TrainingSuggest, 3.0, "(积极性|主动性|动力|执行力|专业度|熟练度|专业性)(不高|不够|差|不足|一般|太低)"),
        // Reps who do not know how to do part of the job ("new reps don't know how to qualify", "他不知道怎么报价").
        IntentFeature.Of(Intents.TrainingSuggest, 3.0, "(they|he|she|reps?|hires|team|people) (don'?t|doesn'?t|can'?t|never) (really )?know how to|(他|她|他们|新人|新来的)[^,，。]{0,8}(不知道怎么|不懂怎么|不懂得|不会)"),
        // Someone else needing help with part of the job ("Sarah needs help with cold calling").
        IntentFeature.Of(Intents.TrainingSuggest, 3.0, "needs (some )?(help|work|support|practice|coaching) (with|on)"),
        // Developing one particular rep ("怎么带他", "coach her") is a training need, not a general how-to.
        IntentFeature.Of(Intents.TrainingSuggest, 2.5, "(带|辅导|培养|帮帮|提升)(他|她)|(coach|develop|train|mentor) (him|her)"),
        IntentFeature.Of(Intents.TrainingSuggest, 2.5, "work on|improve on|focus on improving|what should \\w+ (improve|practi[cs]e|focus on)|keeps? (losing|missing|dropping|failing)|losing deals|(bad|poor|not good|weak) (at|in|with)|help (him|her|them|[a-z]+) (improve|get better|grow|develop)|what can help (him|her|them)"),

        // risk_check
        IntentFeature.Of(Intents.RiskCheck, 2.5, "风险|危险|不(太)?(稳|保险)"),
        IntentFeature.Of(Intents.RiskCheck, 2.0, "风险评估|风险检查|风险清单|检查清单|过一遍|排查|评估一下"),
        IntentFeature.Of(Intents.RiskCheck, 2.5, "risks?|risky"),
        IntentFeature.Of(Intents.RiskCheck, 2.0, "checklist|assess|assessment|at risk|red flags"),
        // Doubt about a deal closing ("会不会黄", "靠谱不", "稳不稳", "might slip") is a risk question.
        // Exposure to a customer's behaviour ("how exposed are we", "if they delay again", "一直拖着") is a risk question.
        IntentFeature.Of(Intents.RiskCheck, 2.5, "exposed|exposure|(if|what if|in case) they (delay|pull out|walk|back out|cancel|churn|slip)|延期|推迟|一直拖|拖着不|隐患"),
        // A deal that might go wrong or a customer gone silent ("会不会有问题", "不回消息", "likely to slip").
        IntentFeature.Of(Intents.RiskCheck, 2.5, "会不会(有问题|出问题|丢|飞|出事)|不回(消息|邮件|电话|微信)|没(回音|动静)|联系不上|slip(s|ped)?|fall(ing)? through|likely to (stall|be lost|close late)"),
        // A competitor threatening a deal ("会不会被竞争对手抢走", "a competitor is circling"); the bare word is a kb topic.
        IntentFeature.Of(Intents.RiskCheck, 2.5, "会不会被|被[^,，。]{0,8}抢|抢单|competitors? (is |are )?(circling|poaching|undercutting|going after|closing in)|poach\\w*"),
        IntentFeature.Of(Intents.RiskCheck, 2.0, "会不会黄|黄了|靠谱|稳不稳|悬了|有点悬|丢单风险|might slip|slipping|going cold|gone quiet|in danger"),

        // kb_question: asking what something is or how to do it (the guide's topics).
        IntentFeature.Of(Intents.KbQuestion, 2.0, "什么是|什么叫|何为|是什么|什么意思|是啥|啥意思|怎么用|怎么做|怎么优化|怎么建设|怎么维护|怎么提高|如何|要看哪些|有哪些方式|有哪些方法|哪些因素|哪些方面|要考虑|应该怎么|一般怎么|怎么办|要注意什么|需要注意什么|注意事项|要注意哪些|要做哪些准备|要准备什么|准备哪些"),
        IntentFeature.Of(Intents.KbQuestion, 1.0, "原则|方法|策略|矩阵|模型|最佳实践|技巧"),
        IntentFeature.Of(Intents.KbQuestion, 2.0, "what does|what is a|what are (the )?(common|best|some|good)|how do i|how should i|how to|how can we|what'?s the best way|stand for|best practices?|tips|should a"),

        IntentFeature.Of(Intents.KbQuestion, 1.5, "ways? (to|of)|approach(es)? to|methods? (to|for)"),
        // A question about a method or concept rather than our own figures, even when it names a metric:
        // "怎么管理", "咋分", "搞什么比较好", "是个啥", "区别", "推荐的CRM", "how should we segment", "difference between".
        IntentFeature.Of(Intents.KbQuestion, 2.0, $"(怎么|怎样|如何|咋)({Gap})(管理|管|做|搞|弄|分|定|设计|制定|提升|提高|激励|培养|招|选|写|开|带|处理|应对|搭建|建立|建设|评估|考核|分配|规划|算|计算|衡量|划分|分级|开展|组织|保证|确保|让|避免|防止)|是个啥|啥是|(怎么|如何|咋|什么|啥)({Gap})(比较好|更好|最好|合适|好呢)"),
        IntentFeature.Of(Intents.KbQuestion, 3.0, $"区别|差别|差异|有什么不同|有啥不同|(哪个|哪种|哪一个)(更|比较)?(适合|合适)|更适合|the difference|diff(erence)? between|differences|differ from|(工具|软件|系统|crm|平台|书)({Gap})(推荐|好用|比较好|哪个好|哪家好)|(推荐|好用|用啥|用什么|选啥|选什么|哪些|哪个)({Gap})(工具|软件|系统|crm|平台|书)"),
        IntentFeature.Of(Intents.KbQuestion, 2.0, "(比较推荐|值得推荐|推荐哪些|推荐什么|有哪些推荐|推荐的|推荐一下)(?![^,，。?？]{0,4}(课|培训))|公式|定义|计算方法|怎么算|how is [^,.;!?]{1,30} (calculated|measured|defined|computed)|formula for|definition of"),
        // "一般/通常…" asks how things are usually done, not about one of our deals ("风险评估一般要看哪些方面").
        IntentFeature.Of(Intents.KbQuestion, 3.0, "(一般|通常|平时|日常)(要|会|应该|都|可以|能)?(看|考虑|注意|包括|怎么|如何|有哪些|从哪|搞|做|用)|最该(盯|看|关注)|应该(参照|依据|关注|盯)"),
        // Asking for kinds of methods ("有哪些办法", "可以采用哪些形式", "分哪几步", "what kinds of", "according to the guide")
        // is asking the guide, whatever the topic.
        IntentFeature.Of(Intents.KbQuestion, 2.5, "(有哪些|有啥|有什么|哪些|哪几种|哪种|哪几个|什么样的?)(具体的?)?(办法|做法|形式|方式|招|方法|手段|思路|途径|维度|步骤|标准|奖励)|哪几步|分几步|第一步|(according to|does|in) the (guide|article)|what kinds? of|what types? of|is there an? [^,.;!?]{0,30}(approach|method|framework)|most common|typical"),
        // Asking for a good method, with or without an adjective ("有什么好方法", "有啥好的思路", "any tips/advice on"),
        // what to watch for ("要注意啥"), or how things are usually done ("how do you usually…").
        IntentFeature.Of(Intents.KbQuestion, 2.5, "(有什么|有啥|有哪些|有没有)[^,，。?？]{0,6}(办法|做法|方法|思路|建议|技巧|经验|窍门)|有什么讲究|(要|需要|该|应该|得)注意(些)?(什么|啥|哪些)|any (good )?(tips|advice|pointers|suggestions)|advice on|what'?s a good way|is it better to|good practices?|how (do|would|should|can) (you|we|i|one) (usually|normally|typically|generally|best)"),
        // What to watch or what good looks like ("每一层要盯什么", "一般有什么共同点", "what makes a plan effective").
        IntentFeature.Of(Intents.KbQuestion, 2.5, "(要|该|应该|得)(盯|看|关注|抓)(什么|啥|哪些)|(一般|通常|往往)(有什么|有啥|都有|具备)|共同点|what makes (a |an |the )?[a-z ]{0,30}(good|great|effective|successful|work|better)"),
        // "what's the right cadence/way for…": asking what is usual or best, not for one of our figures.
        IntentFeature.Of(Intents.KbQuestion, 2.5, "what'?s (the|a) (right|best|ideal|typical|usual|recommended|normal|healthy) (way|cadence|frequency|approach|number|length|time|structure|process|format|ratio)|(合适|理想|正常)的(频率|节奏|比例|时长)(是|应该)"),
        // Why something matters ("为什么说满意度更重要", "why should managers…", "why is forecasting important"): a
        // question about practice even when it names metrics.
        IntentFeature.Of(Intents.KbQuestion, 2.0, "为什么(说|要|需要|应该)|更重要|重要性|why (should|would|do|does) (we|i|you|a|an|managers?|reps?|companies|teams?)|why (is|are) [a-z ]{1,30} (important|key|critical|useful|worth)"),
        IntentFeature.Of(Intents.KbQuestion, 1.5, "活动|团建|团队建设|士气|氛围|文化|team building|morale|activities"),
        IntentFeature.Of(Intents.KbQuestion, 2.5, "how (should|do|can|would) (we|i|you|one) (manage|segment|run|build|structure|motivate|improve|increase|raise|boost|lift|grow|develop|measure|calculate|organi[sz]e|set up|design|plan|choose|pick|retain|handle|keep|ensure|make sure)|should (i|we|a manager) (watch|monitor|keep an eye on|focus on)|what goes into|what makes (a|an) good|(would|do|can|could) (u|you) recommend|(u|you)'?d recommend|(best|top|good) (\\w+ )?(tools?|crms?|software|apps?|books?|platforms?)|recommended|which \\w+ (tools?|crms?|software|apps?|books?|platforms?)"),

        // digest_settings
        IntentFeature.Of(Intents.DigestSettings, 3.0, "摘要|汇总|推送|日报|digest|summary|daily briefing"),
        IntentFeature.Of(Intents.DigestSettings, 1.0, "每日|每天|daily|every day|每早"),
        IntentFeature.Of(Intents.DigestSettings, 1.0, "改到|改成|晚点发|早点发|打开|关掉|关闭|开启|别.{0,6}发|turn (on|off)|enable|disable|instead"),

        // help
        IntentFeature.Of(Intents.Help, 3.0, "帮助|使用说明|说明书|怎么用|能做什么|会做什么|能干什么|会什么|功能|教程|指南"),
        IntentFeature.Of(Intents.Help, 3.0, "(?<!needs )(?<!needs some )help(?! (him|her|them|us|my|our|his|the team))|what can you do|how does this (bot )?work|how do i use|what do you do|commands|user guide"),
        // A question to the bot about what it can answer or handle ("你会回答…的问题吗", "do you know anything about",
        // "what sorts of questions can I ask you", "can you keep track of…").
        IntentFeature.Of(Intents.Help, 3.0, "你(会|能|可以)(回答|解答|处理|应付)[^,，。]{0,12}吗|你懂[^,，。]{0,10}吗|(do|can) you (know|answer|handle|understand|deal with)( \\w+)? (anything|questions|stuff|things|much)|what (sorts?|kinds?|types?) of (questions|things|stuff) (can|could|do|should) i|(can|could) you (keep track of|track|remember|manage|handle) [a-z' ]{0,20}for me"),
        IntentFeature.Of(Intents.Help, 1.5, "机器人|bot|你都|你能"),
        // Asking what the bot is or can do ("这是干啥的", "你是谁", "what are you able to do", "what else can you do").
        IntentFeature.Of(Intents.Help, 3.5, "这是干(啥|嘛|什么)的|这(个)?是(啥|什么)(东西|玩意)|你是(谁|干啥的|干什么的|做什么的)|你(还)?(能|会|可以)(帮我)?(做|干|处理)?(哪些|什么|啥)|what (else )?(are you able to|can you (help|do))|what is this (thing|bot)|who are you|are you able to|what can (this|the) ([a-z]+ )?(do|help)|怎么(问|跟|和|同)你|how (do|should|can) i (ask|talk to|use) you"),
        // How to operate the bot itself ("第一次用", "指令列表", "menu of options", "I'm new here"). Newcomer words only
        // with "I"/"here"/"using": "新手销售怎么带" and "first time closing a big deal" are about reps and deals.
        IntentFeature.Of(Intents.Help, 3.0, "指令|命令|菜单|操作说明|使用方法|用法|(支持|能用|可以用)(哪些|什么)|(?<!具体)(怎么|如何)操作|怎么使用|不会用|第一次用|刚开始用|刚装|(不太|不)会(操作|用)|我是新手|我是新来的|我新来的|怎么玩|instructions?|menu|(list|menu) of options|how to use (this|you|it)|how do i talk to you|what (should|do|can) i (type|say|ask)|cheat ?sheet|get(ting)? started|i'?m new here|new here|new to (this|you|the bot)|first time (using|here|with (this|you))"),

        // cancel (a bare "取消"/"cancel" with nothing after it; with an object it is reminder_cancel)
        IntentFeature.Of(Intents.Cancel, 2.5, "打住|停停|别说了|别(弄|做|搞|设|管)了|就这样吧|没别的了|取消|算了|不用了|不需要了|没事了|不弄了|不做了|不设了|不要了|退出|停下|停止|终止|中止|放弃|别继续|不继续|结束|先不|^停"),
        IntentFeature.Of(Intents.Cancel, 2.5, "that'?s (all|it)( for now)?|cancel|never ?mind|forget (it|that)|stop|quit|exit|abort|nvm|scratch that|scrap (that|it)|drop it|halt|terminate"),

        // greeting
        IntentFeature.Of(Intents.Greeting, 3.0, "你好|您好|早上好|下午好|晚上好|早安|嗨|哈喽|哈啰|^[^,，。]{0,4}(在吗|在不在)|^hi$|^hi |^hiya|^heya|^hey|hello|good (morning|afternoon|evening)|^yo$|howdy"),

        // language_switch
        IntentFeature.Of(Intents.LanguageSwitch, 4.0, "(说|讲|用|切换到|切到|换成)(中文|英文|英语|汉语)|(speak|use|switch to|in) (english|chinese)|(english|chinese),? please"),
    ];
}
