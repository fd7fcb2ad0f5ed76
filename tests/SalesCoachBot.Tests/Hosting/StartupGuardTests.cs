using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

public sealed class StartupGuardTests
{
    [Fact]
    public async Task ProductionWithoutAnAppIdRefusesToStartAndNamesTheSettings()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            "--urls=http://127.0.0.1:0", $"--SalesCoach:DataDirectory={TempDirectory.Create("guard")}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppId", output);
        Assert.Contains("MicrosoftAppPassword", output);
    }

    [Fact]
    public async Task AnAppIdWithoutItsPasswordIsNamedAsMissing()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            "--urls=http://127.0.0.1:0", $"--SalesCoach:DataDirectory={TempDirectory.Create("guard")}",
            "--MicrosoftAppType=SingleTenant", "--MicrosoftAppId=3f2b6c1e-9a47-4d8e-b5a0-7c1d2e3f4a5b");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppPassword", output);
        Assert.Contains("MicrosoftAppTenantId", output);
    }

    [Fact]
    public async Task ProductionMayRunAnonymousOnlyWhenAllowedExplicitly()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:AllowAnonymous"] = "true" }, environment: "Production");
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("help", "en-US"));
        Assert.Contains("Things you can ask me", ExpectRepliesClient.ReadableText(replies));
    }
}
