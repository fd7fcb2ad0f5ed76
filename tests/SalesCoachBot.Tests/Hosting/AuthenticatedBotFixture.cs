using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

/// <summary>One authenticated bot process (Production, MicrosoftAppId set) and its stand-in issuer, shared by a test class.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "3f2b6c1e-9a47-4d8e-b5a0-7c1d2e3f4a5b";

    private readonly TestCertificates _certificates = new();

    public FakeBotFrameworkIssuer Issuer { get; private set; } = null!;
    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await FakeBotFrameworkIssuer.StartAsync(_certificates);
        var data = TempDirectory.Create("auth");
        Bot = await BotProcess.StartAsync(
            new Dictionary<string, string?> { ["SSL_CERT_FILE"] = _certificates.WriteAuthorityPem(data), ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            $"--SalesCoach:DataDirectory={data}",
            "--SalesCoach:DemoData=false",
            "--MicrosoftAppType=MultiTenant",
            $"--MicrosoftAppId={AppId}",
            "--MicrosoftAppPassword=test-only-password",
            $"--ToBotFromChannelOpenIdMetadataUrl={Issuer.MetadataUrl}",
            $"--ToBotFromEmulatorOpenIdMetadataUrl={Issuer.MetadataUrl}",
            $"--ToBotFromChannelTokenIssuer={FakeBotFrameworkIssuer.Issuer}",
            "--ToChannelFromBotLoginUrl=https://login.microsoftonline.com/botframework.com",
            "--ToChannelFromBotOAuthScope=https://api.botframework.com",
            "--OAuthUrl=https://api.botframework.com",
            "--CallerId=urn:botframework:azure");
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Issuer.DisposeAsync();
        _certificates.Dispose();
    }
}
