using Microsoft.Extensions.Options;
using SalesCoach.Bot.DirectLine;
using SalesCoach.Data;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.DirectLine;

public sealed class TokenServiceTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private DirectLineTokenService Service(string? signingKey = null)
    {
        var options = Options.Create(new DirectLineOptions { TokenLifetimeMinutes = 30, SigningKey = signingKey });
        var data = Options.Create(new DataOptions { DataDirectory = TempDirectory.Create("tokens") });
        return new DirectLineTokenService(new SigningKeyProvider(options, data), options, _clock);
    }

    [Fact]
    public void AnIssuedTokenNamesItsConversationAndUser()
    {
        var service = Service();
        var grant = service.Validate(service.Issue("conv-1", "user-1"));
        Assert.NotNull(grant);
        Assert.Equal("conv-1", grant.ConversationId);
        Assert.Equal("user-1", grant.UserId);
    }

    [Fact]
    public void ATokenExpiresAfterItsLifetime()
    {
        var service = Service();
        var token = service.Issue("conv-1", "user-1");
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(service.Validate(token));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(service.Validate(token));
    }

    [Fact]
    public void AnEditedPayloadIsRejected()
    {
        var service = Service();
        var parts = service.Issue("conv-1", "user-1").Split('.');
        var other = service.Issue("conv-2", "user-1").Split('.');
        Assert.Null(service.Validate($"{parts[0]}.{other[1]}.{parts[2]}"));
    }

    [Fact]
    public void ATokenFromAnotherKeyIsRejected()
    {
        var mine = Service(Convert.ToBase64String(new byte[32]));
        var theirs = Service(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));
        Assert.Null(mine.Validate(theirs.Issue("conv-1", "user-1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dl1")]
    [InlineData("dl1..")]
    [InlineData("dl1.!!!.???")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjb252IjoiYyJ9.")]
    public void GarbageIsRejected(string token) => Assert.Null(Service().Validate(token));

    [Fact]
    public void AGeneratedKeyIsKeptSoTokensSurviveARestart()
    {
        var directory = TempDirectory.Create("key");
        var options = Options.Create(new DirectLineOptions());
        var data = Options.Create(new DataOptions { DataDirectory = directory });
        var before = new DirectLineTokenService(new SigningKeyProvider(options, data), options, _clock).Issue("c", "u");
        var after = new DirectLineTokenService(new SigningKeyProvider(options, data), options, _clock);
        Assert.NotNull(after.Validate(before));
    }
}
