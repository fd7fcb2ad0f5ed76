using Newtonsoft.Json;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs.References;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

public sealed class ConversationMemoryTests
{
    private static readonly Referent Digest = Referent.Of(ReferentKinds.Digest, "1", "the daily digest");

    [Fact]
    public void AListShownIsKeptWithTheRequestThatAskedForIt()
    {
        var context = new ConversationContext();
        var list = ShownList.Of([Referent.Of(ReferentKinds.Reminder, "7", "回访华信科技")]);
        ConversationMemory.Remember(context, [Reply.Plain("list") with { Shown = list }], "command", "我的提醒");
        Assert.Equal("我的提醒", context.RecentList?.Request);
    }

    [Fact]
    public void ATurnThatShowsNothingLeavesAnEmptyContextAsItWas()
    {
        // The host writes the state only when it changed: help or a greeting must not change it (the turn budget).
        var context = new ConversationContext();
        var before = JsonConvert.SerializeObject(context);
        ConversationMemory.Remember(context, [Reply.Plain("help")], Intents.Help, "help");
        ConversationMemory.Remember(context, [Reply.Plain("hi")], Intents.Greeting, "hi");
        Assert.Equal(before, JsonConvert.SerializeObject(context));
    }

    [Fact]
    public void WhatWasShownIsForgottenAfterItsTurnsAndThenNothingAges()
    {
        var context = new ConversationContext();
        var list = ShownList.Of([Referent.Of(ReferentKinds.Reminder, "7", "回访华信科技")]);
        ConversationMemory.Remember(context, [Reply.Plain("list") with { Shown = list }], "command", "我的提醒");
        for (var i = 0; i < ConversationContext.MemoryTurns; i++)
            ConversationMemory.Remember(context, [Reply.Plain("help")], Intents.Help, "help");
        Assert.Null(context.RecentList);
        ConversationMemory.Remember(context, [Reply.Plain("help")], Intents.Help, "help");
        var settled = JsonConvert.SerializeObject(context);
        ConversationMemory.Remember(context, [Reply.Plain("help")], Intents.Help, "help");
        Assert.Equal(settled, JsonConvert.SerializeObject(context));
    }

    [Fact]
    public void AnotherTaskMakesTheOldFocusForgotten()
    {
        var context = new ConversationContext();
        ConversationMemory.Remember(context, [Reply.Plain("digest at 8") with { Focus = Digest }], "command", "send me the digest at 8");
        ConversationMemory.Remember(context, [Reply.Plain("hi")], Intents.Greeting, "hi");
        Assert.Same(Digest, context.RecentFocus);
        ConversationMemory.Remember(context, [Reply.Plain("revenue")], Intents.KpiQuery, "revenue this month");
        Assert.Null(context.RecentFocus);
        Assert.Equal(Intents.KpiQuery, context.Topic);
    }

    [Fact]
    public void TheContextSurvivesTheHostsJsonWithoutGrowing()
    {
        // The host stores state with Newtonsoft, which fills get-only properties into existing objects: the derived
        // views must not be stored, or every round trip would append the list to itself.
        var state = new CoachConversationState();
        ConversationMemory.Remember(state.Context, [Reply.Plain("list") with { Shown = ShownList.Of([
            Referent.Of(ReferentKinds.Reminder, "1", "a"), Referent.Of(ReferentKinds.Reminder, "2", "b")]) }], "command", "my reminders");
        for (var i = 0; i < 3; i++)
            state = JsonConvert.DeserializeObject<CoachConversationState>(JsonConvert.SerializeObject(state))!;
        Assert.Equal(["1", "2"], state.Context.Shown!.Items.Select(r => r.Id));
    }
}
