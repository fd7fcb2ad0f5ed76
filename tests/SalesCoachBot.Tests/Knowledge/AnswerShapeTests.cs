using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Evaluation;
using SalesCoach.Knowledge.Text;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Localization;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>Answers that answer: what the question asks for, in the asker's language; declines for what the guide never says.</summary>
public sealed class AnswerShapeTests
{
    private static readonly Lazy<SalesCoach.Knowledge.KnowledgeBase> Knowledge = new(() => TestKnowledge.WithGuide());

    [SharedFact(SharedFiles.Guide)]
    public async Task AnEnglishQuestionIsAnsweredInEnglishFromThePlaybookTwinAndCitesTheGuide()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("What is a risk matrix and how do I use it?");
        var body = KnowledgeAnswerText.Body(answer, Locales.English);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal("en", answer.TextLanguage);
        Assert.StartsWith("十、销售风险管理 > 2、风险评估", answer.Citations[0].Section);
        Assert.Equal("sales-admin-guide.zh.txt", answer.Citations[0].Source);
        Assert.DoesNotContain("answers this in Chinese", body);
        Assert.True(ChineseShare(body) < 0.5, body);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AQuestionForAListGetsEveryItem()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("What are the common ways to respond to a sales risk?");

        Assert.True(answer.Grounded);
        // The three responses the guide names, each as the playbook's English twin gives it with the guide's term.
        foreach (var term in new[] { "风险规避", "风险转移", "风险减轻" })
            Assert.Contains(term, answer.Text + string.Concat(answer.SourceTerms));
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AQuestionForTheStepsOfASectionWithPartsGetsEachPart()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("销售风险管理包括哪些步骤？");

        Assert.Equal("十、销售风险管理", answer.Citations[0].Section);
        foreach (var part in new[] { "风险识别", "风险评估", "风险控制" })
            Assert.Contains("- " + part, answer.Text);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AnEnglishAnswerQuotesTheGuidesOwnSentences()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("How should I help a rep plan her career?");

        Assert.Equal("en", answer.TextLanguage);
        var quote = Assert.Single(answer.SourceTerms);
        Assert.Contains("职业", quote);
        // Every sentence of the quote is the guide's, as written.
        var guide = File.ReadAllText(TestKnowledge.GuidePath);
        Assert.All(Sentences.Split(quote), sentence => Assert.Contains(sentence, guide));
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("How do I connect Fxiaoke to our WeChat official account so it captures leads?")]
    [InlineData("Which Excel formula calculates month-over-month growth across several sheets?")]
    public async Task AQuestionAboutOperatingANamedProductIsDeclinedWhenTheRestIsNotCovered(string question)
    {
        Assert.False((await Knowledge.Value.AnswerOfflineAsync(question)).Grounded);
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("How do I set up automatic lead assignment rules in Zoho CRM?")]
    [InlineData("销售合同里的违约条款怎么写才有法律效力？")]
    [InlineData("证券公司的销售管理应该怎么做？")]
    [InlineData("What's the monthly price per seat for Zoho CRM?")]
    [InlineData("纷享销客里怎么批量导入客户数据？")]
    [InlineData("How do I build email sequences for my reps in HubSpot?")]
    [InlineData("Pipedrive的销售漏斗怎么用？")]
    public async Task AnAskTheGuideNeverAnswersIsDeclinedWithRealTopics(string question)
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync(question);

        Assert.Equal(AnswerMode.Declined, answer.Mode);
        Assert.NotEmpty(answer.Topics);
        Assert.DoesNotContain("Format", answer.Topics);
        Assert.DoesNotContain("Editing", answer.Topics);
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("Which CRM systems does the guide recommend?")]
    [InlineData("怎么用风险矩阵评估风险？")]
    [InlineData("What should a pricing policy take into account?")]
    [InlineData("Should we use Zoho CRM to manage customer data?")]
    [InlineData("What does the SMART principle say about goals?")]
    public async Task QuestionsNearThoseAsksAreStillAnswered(string question)
    {
        Assert.True((await Knowledge.Value.AnswerOfflineAsync(question)).Grounded);
    }

    /// <summary>The blind set's English questions: no answer is mostly Chinese, and every answer cites the guide.</summary>
    [SharedFact(SharedFiles.Guide)]
    public async Task NoAnswerToAnEnglishBlindQuestionIsMostlyChinese()
    {
        var questions = KbQuestionFile.Read(RepositoryPaths.InRepository("tests", "data", "kb", "questions.blind.jsonl")).Concat(KbQuestionFile.Read(RepositoryPaths.InRepository("tests", "data", "kb", "questions.blind2.jsonl"))).Concat(KbQuestionFile.Read(RepositoryPaths.InRepository("tests", "data", "kb", "questions.blind3.jsonl"))).Where(q => q.Lang == "en").ToList();
        Assert.NotEmpty(questions);
        foreach (var question in questions)
        {
            var answer = await Knowledge.Value.AnswerOfflineAsync(question.Question);
            var body = KnowledgeAnswerText.Body(answer, Locales.English);
            Assert.True(ChineseShare(body) < 0.5, $"{question.Id}: {body}");
            if (answer.Grounded) Assert.All(answer.Citations, c => Assert.Equal("sales-admin-guide.zh.txt", c.Source));
        }
    }

    // Chinese characters among the letters and characters of a text.
    private static double ChineseShare(string text)
    {
        var cjk = text.Count(Script.IsCjk);
        var letters = text.Count(char.IsAsciiLetter);
        return cjk + letters == 0 ? 0 : (double)cjk / (cjk + letters);
    }
}
