using Microsoft.AspNetCore.Builder;
using SalesCoach.Bot.Hosting;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// The real bot host (Kestrel on a loopback port, the real adapter, a real SQLite file) for tests.
/// Start two in a row on the same <see cref="DataDirectory"/> to test what survives a restart.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, Uri baseUri, string dataDirectory)
    {
        _app = app;
        BaseUri = baseUri;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUri { get; }
    public string DataDirectory { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Extra configuration, as command-line "--Key=value" pairs.</param>
    /// <param name="configure">Services registered before the host's own (which only TryAdd what a test may replace).</param>
    public static async Task<BotServer> StartAsync(string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development",
        Action<WebApplicationBuilder>? configure = null)
    {
        dataDirectory ??= TempDirectory.Create("bot");
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--environment={environment}",
            $"--SalesCoach:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            // Seeding the demo company costs ~10 s of CPU; only the tests that ask for it (settings override) pay.
            "--SalesCoach:DemoData=false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            args.Add($"--{key}={value}");
        var app = BotHost.Create([.. args], configure);
        await app.StartAsync();
        var address = app.Urls.First();
        return new BotServer(app, new Uri(address.EndsWith('/') ? address : address + "/"), dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
