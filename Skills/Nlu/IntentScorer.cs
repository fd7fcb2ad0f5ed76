using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Adds up the lexicon's weighted evidence per intent, plus what the entities say (a metric suggests a
/// figure is wanted; a target value suggests a goal), and turns the scores into confidences by a softmax
/// that includes a fixed "none" score, so weak evidence stays unsure however it is shared out.
/// </summary>
public static class IntentScorer
{
    /// <summary>The score "none" competes with: below it, the best intent is a guess.</summary>
    public const double NoneScore = 1.0;

    public static IReadOnlyList<IntentScore> Score(string folded, bool hasMetric, bool hasValue, bool hasTime)
    {
        var scores = new Dictionary<string, (double Score, List<string> Evidence)>();
        void Add(string intent, double weight, string why)
        {
            var s = scores.TryGetValue(intent, out var v) ? v : (0, new List<string>());
            s.Evidence.Add(why);
            scores[intent] = (s.Score + weight, s.Evidence);
        }
        foreach (var f in IntentLexicon.Features)
            if (f.Pattern.IsMatch(folded)) Add(f.Intent, f.Weight, f.Source);
        if (hasMetric) Add(Intents.KpiQuery, 1.5, "metric");
        if (hasMetric && hasValue) Add(Intents.GoalSet, 2.0, "metric+value");
        if (hasMetric && hasTime) Add(Intents.KpiQuery, 0.5, "metric+time");
        // A general question about how or why (怎么/如何/为什么/有什么…/how/why/tips) that names no period and
        // none of our own figures is asking the guide, even in words no kb feature lists.
        // Only a backoff: when another task intent already has real evidence (a help, training or progress phrase),
        // that decides. A stray "stop" or "hi" inside a longer question is no such evidence.
        var strongestOther = scores.Where(kv => kv.Key is not (Intents.KbQuestion or Intents.Cancel or Intents.Greeting))
            .Select(kv => kv.Value.Score).DefaultIfEmpty(0).Max();
        if (!hasTime && strongestOther < 2.0 && QuestionForm.IsMatch(folded) && !OurData.IsMatch(folded))
            Add(Intents.KbQuestion, 1.5, "question form, no data of ours");
        // A time plus a to-do with someone ("下周一给李总发报价", "tomorrow 3pm: call back Acme"), stated rather
        // than asked and naming no figure, is something to be reminded of.
        if (hasTime && !hasMetric && ToDo.IsMatch(folded) && !Asking.IsMatch(folded))
            Add(Intents.ReminderCreate, 2.0, "time + to-do statement");
        return [.. scores.Select(kv => new IntentScore(kv.Key, kv.Value.Score, kv.Value.Evidence)).OrderByDescending(s => s.Score)];
    }

    private static readonly Regex QuestionForm = new(
        "为什么|为何|为啥|干嘛要|怎么|怎样|如何|咋|有什么|有啥|有哪些|哪些|是否|(?<![a-z])(why|how|what'?s a good|what are (good|the best)|any (tips|advice|ideas)|tips|is it better|should (i|we|a))(?![a-z])",
        PhrasePattern.Options);

    // Words that point at our own figures or people rather than at general practice, and asking for a count.
    private static readonly Regex OurData = new(
        "我们的|咱们的|我们团队|我的|自己|多少|几个|几单|几家|几次|(?<![a-z])(our|my|myself|ourselves|how many|how much|how often)(?![a-z])|下降|下滑|上升|上涨|涨了|跌了|掉了|降了|(?<![a-z])(down|up|dropp(ed|ing)|dipped|fell|declin(ed|ing))(?![a-z])",
        PhrasePattern.Options);

    private static readonly Regex ToDo = new(
        "(给|跟|和|找|约|去(?!年)|向|把)[^,，。?？]{1,10}?(发|打|寄|递|提交|催|回(?!款)|确认|签|谈|聊|见|送|交|开会|沟通|报价|演示)|回访|拜访|电话|开会|见面|对账|对接|碰头|签约|续约|(?<![a-z])(call|phone|chase|email|send|ping|text|meet|visit|follow up|check in|confirm|submit)(?![a-z])",
        PhrasePattern.Options);

    private static readonly Regex Asking = new("[?？吗呢]|多少|哪|谁|什么|啥|怎么|如何|咋|(?<![a-z])(what|which|how|did|do|does|have|has|is|are)(?![a-z])", PhrasePattern.Options);

    /// <summary>Softmax over the scores and the "none" score; returns (intent, probability), best first.</summary>
    public static IReadOnlyList<(string Intent, double Confidence)> Normalise(IReadOnlyList<IntentScore> scores)
    {
        var max = Math.Max(NoneScore, scores.Count > 0 ? scores[0].Score : 0);
        var exp = scores.Select(s => (s.Intent, E: Math.Exp(s.Score - max))).ToList();
        var total = exp.Sum(e => e.E) + Math.Exp(NoneScore - max);
        return [.. exp.Select(e => (e.Intent, e.E / total))];
    }
}
