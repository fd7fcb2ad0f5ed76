using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// The bot as its own OS process (the built SalesCoachBot.dll), for tests that need a process-wide
/// setting such as a trust store (SSL_CERT_FILE) or the Production environment's start-up checks.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private BotProcess(Process process, StringBuilder output, Uri baseUri)
    {
        _process = process;
        _output = output;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUri { get; }
    public HttpClient Client { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static string BotAssemblyPath => Path.Combine(AppContext.BaseDirectory, "SalesCoachBot.dll");

    /// <summary>Runs the bot with <paramref name="args"/>; returns when /healthz answers, or throws with the bot's output.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var port = FreePort();
        var (process, output) = Launch(environment, [$"--urls=http://127.0.0.1:{port}", .. args]);
        var bot = new BotProcess(process, output, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The bot exited with {process.ExitCode}:\n{bot.Output}");
            try
            {
                using var response = await bot.Client.GetAsync("healthz");
                if (response.IsSuccessStatusCode) return bot;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await bot.DisposeAsync();
        throw new TimeoutException($"The bot did not start:\n{bot.Output}");
    }

    /// <summary>Runs the bot to completion (for start-up failures and admin commands): exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var (process, output) = Launch(environment, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // flush the asynchronous output readers
        lock (output) return (process.ExitCode, output.ToString());
    }

    private static (Process, StringBuilder) Launch(IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(BotAssemblyPath);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
