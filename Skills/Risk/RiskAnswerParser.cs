using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SalesCoach.Data.Risk;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// Reads a typed answer to a rating question: "3 4", "3，4", "可能性3 影响4", "likelihood 3 impact 4", "L3 I4",
/// full-width digits too; "skip/跳过", "ok/好" (take the suggestion), "继续/resume". A number outside 1-5 or a
/// fraction is reported, never clamped: a rating the user did not give must not be recorded.
/// </summary>
public static partial class RiskAnswerParser
{
    /// <param name="likelihoodKnown">The likelihood of the current risk was given already: a lone level or number is its impact.</param>
    public static RiskAnswer Parse(string text, bool likelihoodKnown = false)
    {
        var t = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant().TrimEnd('.', '。', '!', '！');
        if (Skip().IsMatch(t)) return new(RiskAnswerKind.Skip);
        if (Resume().IsMatch(t)) return new(RiskAnswerKind.Resume);
        if (Accept().IsMatch(t)) return new(RiskAnswerKind.AcceptSuggestion);

        if (Dialogs.DialogActs.IsStopEarly(t)) return new(RiskAnswerKind.Finish);

        var likelihood = Labelled(LikelihoodLabel(), t);
        var impact = Labelled(ImpactLabel(), t);
        var numbers = Number().Matches(t).Select(m => m.Value).ToList();
        // "发生的概率不大，但一旦出事影响很严重" / "likely, moderate impact": ratings in words.
        if (numbers.Count == 0)
        {
            return RiskRatingWords.ReadParts(t, likelihoodKnown) switch
            {
                ({ } l, { } i) => new(RiskAnswerKind.Rating, l, i),
                (null, null) => new(RiskAnswerKind.NotNumber, Offending: text.Trim()),
                var (l, i) => new(RiskAnswerKind.Half, l ?? 0, i ?? 0),
            };
        }
        if (numbers.FirstOrDefault(n => !int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || !RiskMatrix.IsRating(v)) is { } bad)
            return new(RiskAnswerKind.OutOfRange, Offending: bad);

        if (likelihood is not null && impact is not null) return new(RiskAnswerKind.Rating, likelihood.Value, impact.Value);
        if (numbers.Count == 2 && likelihood is null && impact is null)
            return new(RiskAnswerKind.Rating, int.Parse(numbers[0], CultureInfo.InvariantCulture), int.Parse(numbers[1], CultureInfo.InvariantCulture));
        // "影响4" / "impact 4" names one rating; a bare "4" after the likelihood was given is the impact.
        if (numbers.Count == 1 && (likelihood is null) != (impact is null)) return new(RiskAnswerKind.Half, likelihood ?? 0, impact ?? 0);
        if (numbers.Count == 1 && likelihoodKnown) return new(RiskAnswerKind.Half, Impact: int.Parse(numbers[0], CultureInfo.InvariantCulture));
        if (numbers.Count == 1) return new(RiskAnswerKind.OneNumber, Offending: numbers[0]);
        return new(RiskAnswerKind.NotNumber, Offending: text.Trim());
    }

    private static int? Labelled(Regex label, string text) =>
        label.Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && RiskMatrix.IsRating(v) ? v : null;

    [GeneratedRegex(@"^(skip|skip it|pass|next|跳过|略过|跳过这项|跳过这一项|先跳过|不评|下一个|下一项)$")]
    private static partial Regex Skip();

    [GeneratedRegex(@"^(resume|continue|go on|carry on|继续|接着评|接着来|继续评估|继续风险检查)$")]
    private static partial Regex Resume();

    [GeneratedRegex(@"^(ok|okay|yes|sure|fine|agree|accept|take it|好|好的|行|可以|是|同意|采用|就这样|按建议|用建议的)$")]
    private static partial Regex Accept();

    [GeneratedRegex(@"(可能性|概率|likelihood|probability|\bl)\s*[:：=]?\s*(?<n>-?\d+)")]
    private static partial Regex LikelihoodLabel();

    [GeneratedRegex(@"(影响程度|影响|impact|\bi)\s*[:：=]?\s*(?<n>-?\d+)")]
    private static partial Regex ImpactLabel();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
