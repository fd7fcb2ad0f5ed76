using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Proactive;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// The store skips the database for a message whose reference it confirmed within the last minute, and
/// never lets that hide a block or a change. The row is edited behind the store's back to see whether a
/// call read or wrote it.
/// </summary>
public sealed class ConversationReferenceStoreTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private ProactiveStore _store = null!;

    public async Task InitializeAsync()
    {
        _services = SalesDataServices.Create();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        _store = new ProactiveStore(_services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), _clock);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static ConversationReferenceRecord Reference(string serviceUrl = "https://smba.example/apac/") => new()
    {
        ChannelId = "msteams", UserId = "u1", ConversationId = "c1", ConversationType = "personal",
        ServiceUrl = serviceUrl, ReferenceJson = $"{{\"serviceUrl\":\"{serviceUrl}\"}}",
    };

    private async Task EditRowAsync(string serviceUrl)
    {
        await using var db = _services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContext();
        await db.ConversationReferences.ExecuteUpdateAsync(s => s.SetProperty(r => r.ServiceUrl, serviceUrl));
    }

    [Fact]
    public async Task An_unchanged_reference_confirmed_a_moment_ago_is_not_stored_again()
    {
        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        await EditRowAsync("https://edited.example/");

        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        Assert.Equal("https://edited.example/", (await _store.FindAsync("msteams", "u1"))!.ServiceUrl);

        _clock.Advance(ProactiveStore.ConfirmedReferenceLifetime);
        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        Assert.Equal("https://smba.example/apac/", (await _store.FindAsync("msteams", "u1"))!.ServiceUrl);
    }

    [Fact]
    public async Task A_changed_reference_is_stored_at_once()
    {
        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        await _store.RememberAsync(Reference("https://smba.example/emea/"), skipIfConfirmed: true);
        Assert.Equal("https://smba.example/emea/", (await _store.FindAsync("msteams", "u1"))!.ServiceUrl);
    }

    [Fact]
    public async Task A_block_is_lifted_by_the_next_message_even_right_after_a_confirmation()
    {
        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        await _store.BlockAsync("msteams", "u1", "403");
        Assert.NotNull((await _store.FindAsync("msteams", "u1"))!.BlockedAt);

        await _store.RememberAsync(Reference(), skipIfConfirmed: true);
        Assert.Null((await _store.FindAsync("msteams", "u1"))!.BlockedAt);
    }

    [Fact]
    public async Task Without_the_skip_every_call_reaches_the_row()
    {
        await _store.RememberAsync(Reference());
        await EditRowAsync("https://edited.example/");
        await _store.RememberAsync(Reference());
        Assert.Equal("https://smba.example/apac/", (await _store.FindAsync("msteams", "u1"))!.ServiceUrl);
    }
}
