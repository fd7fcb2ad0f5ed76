using SalesCoach.Bot.Conversation;

namespace SalesCoach.Tests.Hosting;

public sealed class ConversationTurnLockTests
{
    [Fact]
    public async Task ASecondTurnOfTheSameConversationWaitsForTheFirst()
    {
        var turns = new ConversationTurnLock();
        var first = await turns.AcquireAsync("msteams", "a", CancellationToken.None);
        var second = turns.AcquireAsync("msteams", "a", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(0, turns.Active);
    }

    [Fact]
    public async Task ManyConversationsNeverWaitForOneAnother()
    {
        // Striped by hash, some of 2,000 conversations would share a stripe and the later one would wait.
        var turns = new ConversationTurnLock();
        var held = new List<IDisposable>();
        for (var i = 0; i < 2000; i++)
        {
            var acquire = turns.AcquireAsync("msteams", $"conversation-{i}", CancellationToken.None);
            Assert.True(acquire.IsCompletedSuccessfully, $"conversation-{i} waited for another conversation");
            held.Add(await acquire);
        }
        Assert.Equal(2000, turns.Active);
        held.ForEach(h => h.Dispose());
        Assert.Equal(0, turns.Active);
    }

    [Fact]
    public async Task ACancelledWaitLeavesNothingBehind()
    {
        var turns = new ConversationTurnLock();
        var first = await turns.AcquireAsync("msteams", "a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var second = turns.AcquireAsync("msteams", "a", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        first.Dispose();
        first.Dispose();
        Assert.Equal(0, turns.Active);
        (await turns.AcquireAsync("msteams", "a", CancellationToken.None)).Dispose();
    }
}
