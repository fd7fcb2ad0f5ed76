using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Risk;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.Risk.RiskCompany;

namespace SalesCoach.Tests.Risk;

/// <summary>
/// Risk checks through the real host (/api/messages, expectReplies, SQLite) on <see cref="RiskCompany"/>: the walk
/// with data suggestions, typed and card answers, bad ratings, skipping, cancelling, pausing and resuming, the
/// saved register, the comparison with the previous check, register edits and who may do what.
/// </summary>
public sealed class RiskTranscriptTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await WriteAsync(_server.Services, DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ChatTranscript Chat(string user, string conversation, string locale = "zh-CN") => new(_server.Client, user, locale, conversation);

    private async Task<List<RiskAssessment>> SavedAsync()
    {
        await using var db = await _server.Services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContextAsync();
        return await db.RiskAssessments.Include(a => a.Ratings).OrderBy(a => a.Id).ToListAsync();
    }

    private static string InDays(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).AddDays(days)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Rate(string key, string likelihood, string impact) => new()
    {
        ["riskAction"] = "rate", ["riskKey"] = key, ["text"] = "风险评分", ["riskLikelihood"] = likelihood, ["riskImpact"] = impact,
    };

    [Fact]
    public async Task AManagerWalksTheCheckInChineseWithSuggestionsBadRatingsAndASkip()
    {
        var chat = Chat(EastManager, "risk-zh");
        var text = await chat.SayAsync("做个风险检查");
        Assert.Contains("开始**华东一组**的风险检查：共 9 项风险", text);
        Assert.Contains("已从销售数据预填 4 项", text);
        Assert.Contains("第 1/9 项：**团队管理风险**。数据建议可能性 4、影响 3", text);
        Assert.Contains("5 家客户中有 2 家超过 60 天没有联系（40.0%）", text);
        var card = chat.CardWithInput("riskLikelihood")!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("4", ChatTranscript.Input(card, "riskLikelihood")!["value"]!.GetValue<string>());
        Assert.Equal("3", ChatTranscript.Input(card, "riskImpact")!["value"]!.GetValue<string>());

        Assert.Equal(["好", "跳过", "取消"], chat.Replies[^1]!["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Contains("已记录：团队管理风险，可能性 4 × 影响 3 = 12（中）", await chat.SayAsync("好"));
        Assert.Contains("4 个在手商机中有 1 个超过 30 天没有跟进（25.0%）", chat.Replies.ToJsonString(Unescaped));
        Assert.Contains("已记录：流程风险，可能性 3 × 影响 4 = 12（中）", await chat.SayAsync("可能性3 影响4"));

        text = await chat.SayAsync("8 3");
        Assert.Contains("评分要在 1 到 5 之间，“8”超出范围", text);
        Assert.Contains("第 3/9 项：**技术风险**", text);
        Assert.DoesNotContain("已记录", text);
        text = await chat.SayAsync("随便吧");
        Assert.Contains("请用 1 到 5 的数字打分", text);
        Assert.Contains("第 3/9 项", text);
        // Ratings in words count: "可能性不大，影响一般" is likelihood 2, impact 3.
        Assert.Contains("技术风险，可能性 2 × 影响 3 = 6（中）", await chat.SayAsync("可能性不大，影响一般"));

        text = await chat.SayAsync("跳过");
        Assert.Contains("已跳过：市场风险", text);
        Assert.Contains("第 5/9 项：**竞争对手风险**。数据建议可能性 5、影响 3", text);
        Assert.Contains("近 90 天转化率 20.0%（1/5），之前 90 天为 50.0%", text);
        Assert.Contains("= 15（高）", await chat.SayAsync("好"));
        text = await chat.SayAsync("3");
        Assert.Contains("需要两个分数", text);
        Assert.Contains("第 6/9 项", text);
        await chat.SayAsync("3 3");
        Assert.Contains("“大华集团”占销售额 35.1%（前三大合计 75.0%，共 5 家客户）", chat.Replies.ToJsonString(Unescaped));
        await chat.SayAsync("好");
        await chat.SayAsync("2 2");
        text = await chat.SayAsync("1 4");

        Assert.Contains("**华东一组的风险检查**已保存", text);
        Assert.Contains("高 2 项、中 4 项、低 2 项", text);
        Assert.Contains($"1. 客户集中度风险：4 × 4 = **16**（高）— 减轻，负责人 东经理，期限 {InDays(14)}", text);
        Assert.Contains("2. 竞争对手风险：5 × 3 = **15**（高）— 减轻", text);
        Assert.Contains("3. 团队管理风险：4 × 3 = **12**（中）", text);
        Assert.Contains("4. 流程风险：3 × 4 = **12**（中）", text);
        Assert.Contains($"8. 政策合规风险：1 × 4 = **4**（低）— 接受，负责人 东经理，期限 {InDays(90)}", text);
        Assert.Contains("这是该范围的第一次风险检查", text);
        Assert.DoesNotContain("市场风险：", text);

        var result = chat.CardWithInput("response_customer_concentration")!;
        var image = result["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Image")!["url"]!.GetValue<string>();
        Assert.StartsWith("data:image/png;base64,", image);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, Convert.FromBase64String(image["data:image/png;base64,".Length..])[..4]);
        Assert.Equal("Mitigate", ChatTranscript.Input(result, "response_customer_concentration")!["value"]!.GetValue<string>());
        Assert.Equal("东经理", ChatTranscript.Input(result, "owner_customer_concentration")!["value"]!.GetValue<string>());
        Assert.Null(ChatTranscript.Input(result, "response_market"));

        var saved = Assert.Single(await SavedAsync());
        Assert.Equal(("team:east-1", EastManager, 8), (saved.ScopeKey, saved.AssessedById, saved.Ratings.Count));
        var concentration = saved.Ratings.Single(r => r.RiskKey == "customer_concentration");
        Assert.Equal((16, RiskLevel.High, RiskResponse.Mitigate, true, EastManager), (concentration.Score, concentration.Level, concentration.Response, concentration.FromSignal, concentration.OwnerId));
        Assert.False(saved.Ratings.Single(r => r.RiskKey == "process").FromSignal);
    }

    [Fact]
    public async Task CardAnswersAreReadFromTheSubmitValueAndASecondCheckIsComparedWithTheFirst()
    {
        var first = Chat(EastManager, "risk-cards-1");
        await first.SayAsync("风险评估");
        foreach (var answer in new[] { "好", "可能性3 影响4", "2 3", "跳过", "好", "3 3", "好", "2 2", "1 4" })
            await first.SayAsync(answer);

        var second = Chat(EastManager, "risk-cards-2");
        await second.SayAsync("做个风险检查");
        var text = await second.SubmitAsync(Rate("team_management", "9", "3"));
        Assert.Contains("“9”超出范围", text);
        var missing = Rate("team_management", "4", "3");
        missing.Remove("riskImpact");
        Assert.Contains("卡片上的可能性和影响都要选", await second.SubmitAsync(missing));
        Assert.Contains("团队管理风险，可能性 4 × 影响 3 = 12", await second.SubmitAsync(Rate("team_management", "4", "3")));
        await second.SubmitAsync(Rate("process", "2", "3"));
        await second.SayAsync("跳过");                                   // technology: rated 6 last time
        await second.SubmitAsync(Rate("market", "3", "3"));              // skipped last time
        foreach (var (key, l, i) in new[] { ("competitors", "5", "3"), ("customer_credit", "3", "3"), ("customer_concentration", "5", "4"), ("pricing", "2", "2") })
            await second.SubmitAsync(Rate(key, l, i));
        text = await second.SubmitAsync(Rate("policy_compliance", "1", "4"));

        Assert.Contains("与上次评估（", text);
        Assert.Contains("客户集中度风险 16 → 20 ↑", text);
        Assert.Contains("流程风险 12 → 6 ↓", text);
        Assert.Contains("团队管理风险 12 → 12 =", text);
        Assert.Contains("市场风险：新评 9", text);
        Assert.Contains("技术风险：上次 6，这次跳过", text);
        Assert.Contains("1. 客户集中度风险：5 × 4 = **20**（高）— 减轻", text);
        Assert.Equal(2, (await SavedAsync()).Count);

        // A rating card from the finished check changes nothing.
        Assert.Contains("这次风险检查已经结束或取消了", await second.SubmitAsync(Rate("pricing", "5", "5")));
        Assert.Equal(2, (await SavedAsync()).Count);
    }

    [Fact]
    public async Task TheRegisterIsEditedFromTheResultCardByItsAuthorOnly()
    {
        var chat = Chat(EastManager, "risk-edit");
        await chat.SayAsync("做个风险检查");
        foreach (var answer in new[] { "好", "好", "跳过", "跳过", "好", "跳过", "好", "跳过", "跳过" })
            await chat.SayAsync(answer);
        var card = chat.CardWithInput("response_customer_concentration")!;
        // The save button; beside it the card may link to the dashboard (Action.OpenUrl, no data).
        var submit = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.Submit")!["data"]!.AsObject();
        Assert.Equal("update", submit["riskAction"]!.GetValue<string>());

        var edits = new JsonObject
        {
            ["riskAction"] = "update", ["assessmentId"] = submit["assessmentId"]!.GetValue<string>(), ["text"] = submit["text"]!.GetValue<string>(),
            ["response_customer_concentration"] = "Transfer", ["owner_customer_concentration"] = "李娜", ["due_customer_concentration"] = "2027-01-15",
            ["response_process"] = "Mitigate", ["owner_process"] = "东经理", ["due_process"] = InDays(30),
        };
        var stranger = Chat(SouthRep, "risk-edit-other");
        Assert.Contains("你没有权限修改这份风险评估", await stranger.SubmitAsync(edits.DeepClone().AsObject()));

        var text = await chat.SubmitAsync(edits.DeepClone().AsObject());
        Assert.Contains("风险登记表已更新（3 处修改）", text);
        Assert.Contains("客户集中度风险：4 × 4 = **16**（高）— 转移，负责人 李娜，期限 2027-01-15", text);
        var rating = (await SavedAsync()).Single().Ratings.Single(r => r.RiskKey == "customer_concentration");
        Assert.Equal((RiskResponse.Transfer, EastRep2, "李娜", new DateOnly(2027, 1, 15)), (rating.Response, rating.OwnerId, rating.OwnerName, rating.DueDate));

        edits["due_customer_concentration"] = "2027-13-40";
        text = await chat.SubmitAsync(edits);
        Assert.Contains("“2027-13-40”不是有效日期", text);
        Assert.Contains("没有改动", text);
        Assert.Equal(new DateOnly(2027, 1, 15), (await SavedAsync()).Single().Ratings.Single(r => r.RiskKey == "customer_concentration").DueDate);
    }

    [Fact]
    public async Task CancellingHalfwaySavesNothingAndEndsTheCheck()
    {
        var chat = Chat(EastManager, "risk-cancel");
        await chat.SayAsync("做个风险检查");
        await chat.SayAsync("好");
        Assert.Contains("已取消当前操作", await chat.SayAsync("取消"));
        var text = await chat.SayAsync("3 4");
        Assert.DoesNotContain("已记录", text);
        Assert.DoesNotContain("第 2/9 项", text);
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task AnotherQuestionPausesTheCheckAndItResumesWhereItWas()
    {
        var chat = Chat(EastManager, "risk-resume");
        await chat.SayAsync("做个风险检查");
        await chat.SayAsync("好");
        var text = await chat.SayAsync("本月销售额多少");
        Assert.Contains("风险检查已暂停（已评 1 项）", text);
        Assert.Contains("华东一组", text);                // the KPI answer itself
        Assert.DoesNotContain("第 2/9 项", text);

        text = await chat.SayAsync("继续");
        Assert.Contains("我们在做华东一组的风险检查，已评 1 项。", text);
        Assert.Contains("第 2/9 项：**流程风险**", text);
        text = await chat.SayAsync("帮助");
        Assert.Contains("第 2/9 项：**流程风险**", text);
        text = await chat.SayAsync("风险检查");
        Assert.Contains("已评 1 项", text);
        Assert.Contains("第 2/9 项", text);
        Assert.Contains("流程风险，可能性 3 × 影响 3 = 9", await chat.SayAsync("好"));

        // A language switch keeps the answers and asks the same question in the new language.
        text = await chat.SayAsync("English please");
        Assert.Contains("We are doing the risk check for 华东一组; 2 rated so far.", text);
        Assert.Contains("Risk 3/9: **Technology risk**", text);
        Assert.Contains("Recorded: Technology risk, likelihood 2 × impact 2 = 4 (low)", await chat.SayAsync("2 2"));
    }

    [Fact]
    public async Task AnEnglishCheckWithAnOutOfRangeAndANonNumericRating()
    {
        var chat = Chat(EastManager, "risk-en", "en-US");
        var text = await chat.SayAsync("run a risk check");
        Assert.Contains("Starting the risk check for **华东一组**: 9 risks", text);
        Assert.Contains("4 are prefilled from the sales data", text);
        Assert.Contains("2 of 5 customers have not been contacted for over 60 days (40.0%)", text);
        Assert.Contains("Recorded: Team management risk, likelihood 4 × impact 3 = 12 (medium)", await chat.SayAsync("ok"));
        text = await chat.SayAsync("9 9");
        Assert.Contains("\"9\" is out of range", text);
        Assert.Contains("Risk 2/9: **Process risk**", text);
        Assert.Contains("Please rate with numbers from 1 to 5", await chat.SayAsync("no idea"));
        // One rating in words is kept and the other asked for; a full answer after it replaces both.
        Assert.Contains("Likelihood of \"Process risk\" noted as 4. And the impact?", await chat.SayAsync("high"));
        Assert.Contains("Process risk, likelihood 2 × impact 5 = 10 (medium)", await chat.SayAsync("likelihood 2 impact 5"));
        for (var i = 0; i < 6; i++) Assert.Contains("Skipped", await chat.SayAsync("skip"));
        text = await chat.SayAsync("skip");
        Assert.Contains("**Risk check for 华东一组** saved", text);
        Assert.Contains("High 0, medium 2, low 0", text);
        Assert.Contains("1. Team management risk: 4 × 3 = **12** (medium) - mitigate, owner 东经理", text);
        Assert.Contains("This is the first risk check of this scope", text);
        Assert.Equal("en-US", Assert.Single(await SavedAsync()).Locale);
    }

    [Fact]
    public async Task CancellingInEnglishAndSkippingEverythingSavesNothing()
    {
        var chat = Chat(EastManager, "risk-en-cancel", "en-US");
        await chat.SayAsync("risk matrix");
        Assert.Contains("OK, I've cancelled that.", await chat.SayAsync("cancel"));
        await chat.SayAsync("run a risk check");
        string text = string.Empty;
        for (var i = 0; i < 9; i++) text = await chat.SayAsync("skip");
        Assert.Contains("Every risk was skipped", text);
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task EachRoleAssessesOnlyWhatItMaySee()
    {
        var rep = Chat(SouthRep, "risk-rep");
        var text = await rep.SayAsync("做个风险检查");
        Assert.Contains("开始**王芳**的风险检查", text);

        var manager = Chat(EastManager, "risk-other-team");
        text = await manager.SayAsync("做个华南一组的风险检查");
        Assert.Contains("你没有权限查看华南一组的数据", text);
        Assert.DoesNotContain("第 1/9 项", text);

        // A manager may assess one of their reps, not a rep of another team.
        text = await Chat(EastManager, "risk-one-rep").SayAsync("做个李娜的风险检查");
        Assert.Contains("开始**李娜**的风险检查", text);
        Assert.Contains("2 家客户中有 2 家超过 60 天没有联系（100.0%）", text);
        Assert.Contains("你没有权限查看王芳的数据", await Chat(EastManager, "risk-other-rep").SayAsync("做个王芳的风险检查"));

        var admin = Chat(Admin, "risk-admin");
        text = await admin.SayAsync("做个华南一组的风险检查");
        Assert.Contains("开始**华南一组**的风险检查", text);
        for (var i = 0; i < 6; i++) await admin.SayAsync("跳过");
        Assert.Contains("“南方电气”占销售额 100.0%", admin.Replies.ToJsonString(Unescaped));
        await admin.SayAsync("好");
        await admin.SayAsync("跳过");
        text = await admin.SayAsync("跳过");
        Assert.Contains("客户集中度风险：5 × 4 = **20**（高）— 减轻，负责人 南经理", text);
        Assert.Equal("team:south-1", Assert.Single(await SavedAsync()).ScopeKey);

        // A group chat: the rep answers in the manager's conversation and is told whose check it is.
        var group = Chat(EastManager, "risk-group");
        await group.SayAsync("做个风险检查");
        var colleague = Chat(EastRep, "risk-group");
        text = await colleague.SayAsync("5 5");
        Assert.Contains("这次风险检查是东经理发起的", text);
        Assert.DoesNotContain("第 2/9 项", text);
        Assert.Contains("已记录：团队管理风险，可能性 4 × 影响 3", await group.SayAsync("好"));

        // Someone the company does not have: said so, in the asker's language, and no check starts on another scope.
        text = await Chat(EastManager, "risk-unknown").SayAsync("给王小明做个风险评估");
        Assert.Contains("找不到“王小明”", text);
        Assert.DoesNotContain("第 1/9 项", text);
        text = await Chat(EastManager, "risk-unknown-en", "en-US").SayAsync("run a risk check for John Smith");
        Assert.Contains("can't find \"John Smith\"", text);
        Assert.DoesNotContain("1/9", text);

        var stranger = Chat("stranger", "risk-stranger");
        Assert.Contains("找不到你的账号", await stranger.SayAsync("做个风险检查"));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
