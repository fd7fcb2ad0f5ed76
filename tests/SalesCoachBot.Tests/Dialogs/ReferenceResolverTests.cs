using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs.References;

namespace SalesCoach.Tests.Dialogs;

public sealed class ReferenceResolverTests
{
    private static ConversationContext Reminders() => new()
    {
        Turn = 3,
        ShownTurn = 3,
        Shown = new ShownList
        {
            Request = "我的提醒",
            Items =
            [
                Referent.Of(ReferentKinds.Reminder, "11", "回访华信科技", "华信科技"),
                Referent.Of(ReferentKinds.Reminder, "12", "to call back 博远电子", "博远电子"),
                Referent.Of(ReferentKinds.Reminder, "13", "call Umbrella Corp about the renewal", "Umbrella Corp"),
            ],
        },
    };

    [Theory]
    [InlineData("把第二条删了", "12", "remove")]
    [InlineData("第1个完成了", "11", "done")]
    [InlineData("最后那条去掉", "13", "remove")]
    [InlineData("delete the second one", "12", "remove")]
    [InlineData("the last one is done", "13", "done")]
    [InlineData("drop the top one", "11", "remove")]
    public void Ordinals_count_in_the_order_shown(string text, string id, string act)
    {
        var reference = ReferenceResolver.Resolve(text, Reminders());
        Assert.NotNull(reference);
        Assert.Equal(ReferenceHow.Ordinal, reference.How);
        Assert.Equal(id, Assert.Single(reference.Items).Id);
        Assert.Equal(act, reference.Act);
    }

    [Theory]
    [InlineData("删掉明天那个", "11")]
    [InlineData("周六那条不要了", "12")]
    [InlineData("drop the Friday one", "11")]
    [InlineData("把博远那条改到明天", "12")]
    public void Its_day_names_an_item_when_no_name_is_said(string text, string id)
    {
        var context = Reminders();
        // Shown on Thursday 2026-12-03: 11 is due tomorrow (a Friday), 12 the day after (a Saturday), 13 next Monday.
        var today = new DateOnly(2026, 12, 3);
        foreach (var (item, day) in context.Shown!.Items.Zip(new[] { today.AddDays(1), today.AddDays(2), today.AddDays(4) }))
            item.Days = SalesCoach.Skills.Reminders.ReminderManager.DayWords(day, today);
        var reference = ReferenceResolver.Resolve(text, context);
        Assert.NotNull(reference);
        Assert.Equal(id, Assert.Single(reference.Items).Id);
    }

    [Theory]
    [InlineData("把博远那条删了", "12")]
    [InlineData("drop the Umbrella one", "13")]
    [InlineData("drop the 华信 one", "11")]
    [InlineData("华信科技那个不要了", "11")]
    public void A_piece_of_the_name_picks_the_item(string text, string id)
    {
        var reference = ReferenceResolver.Resolve(text, Reminders());
        Assert.NotNull(reference);
        Assert.Equal(ReferenceHow.Name, reference.How);
        Assert.Equal(id, Assert.Single(reference.Items).Id);
    }

    [Theory]
    [InlineData("再列一下")]
    [InlineData("list those again")]
    [InlineData("can you show them again?")]
    public void Asking_again_repeats_the_request_of_the_list(string text)
    {
        var reference = ReferenceResolver.Resolve(text, Reminders());
        Assert.Equal(ReferenceHow.Again, reference?.How);
        Assert.Equal("我的提醒", reference!.List!.Request);
    }

    [Theory]
    [InlineData("本月销售额多少")]
    [InlineData("第一季度的订单量")]
    [InlineData("what about last month?")]
    [InlineData("other reps in the first 3 months")]
    [InlineData("其他人呢")]
    public void A_message_that_points_at_nothing_resolves_to_nothing(string text) =>
        Assert.Null(ReferenceResolver.Resolve(text, Reminders()));

    [Fact]
    public void A_list_too_old_is_not_pointed_at()
    {
        var context = Reminders();
        context.Turn += ConversationContext.MemoryTurns;
        Assert.Null(ReferenceResolver.Resolve("把第二条删了", context));
    }

    [Theory]
    [InlineData("what could he practise by himself?", "what could 孙勇 practise by himself?")]
    [InlineData("他需要什么培训", "孙勇需要什么培训")]
    public void A_person_pronoun_becomes_the_name_of_the_person_in_focus(string text, string rewritten)
    {
        var context = new ConversationContext { Turn = 2, FocusTurn = 2, Focus = Referent.Of(ReferentKinds.Person, "r08", "孙勇") };
        var reference = ReferenceResolver.Resolve(text, context);
        Assert.Equal(rewritten, reference?.Rewritten);
    }

    [Fact]
    public void An_ordinal_that_says_person_counts_people_only()
    {
        var context = new ConversationContext
        {
            Turn = 1,
            ShownTurn = 1,
            Shown = ShownList.Of([
                Referent.Of(ReferentKinds.Person, "r01", "张伟"),
                Referent.Of(ReferentKinds.Person, "r08", "孙勇"),
                Referent.Of(ReferentKinds.Team, "t1", "华东一组"),
            ]),
        };
        Assert.Equal("孙勇需要啥培训", ReferenceResolver.Resolve("排最后的那个人需要啥培训", context)?.Rewritten);
        Assert.Equal("华东一组需要啥培训", ReferenceResolver.Resolve("最后一个需要啥培训", context)?.Rewritten);
    }

    [Fact]
    public void It_means_the_thing_just_made_and_a_time_change_is_a_change()
    {
        var context = new ConversationContext { Turn = 1, FocusTurn = 1, Focus = Referent.Of(ReferentKinds.Digest, "5", "the daily digest") };
        var reference = ReferenceResolver.Resolve("move it to 7:30", context);
        Assert.Equal(ReferenceHow.Thing, reference?.How);
        Assert.Equal("change", reference!.Act);
        Assert.Null(reference.Rewritten);
    }
}
