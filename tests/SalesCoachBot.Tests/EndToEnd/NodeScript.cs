using SalesCoach.Tests.Infrastructure;
using System.Diagnostics;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>Runs the Node scripts in tests/e2e against a running bot, installing their packages once.</summary>
public static class NodeScript
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string RepoRoot => RepositoryPaths.Root;
    public static string E2eDirectory => Path.Combine(RepoRoot, "tests", "e2e");

    /// <summary>Where screenshots go: artifacts/e2e/ at the repository root (ignored by git, kept by CI).</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = Path.Combine(RepoRoot, "artifacts", "e2e");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    public static Task<NodeScriptResult> RunAsync(ITestOutputHelper output, string script, Uri baseUri, string? artifactPath = null, TimeSpan? timeout = null) =>
        RunScriptAsync(output, script, artifactPath is null ? [baseUri.ToString()] : [baseUri.ToString(), artifactPath], timeout);

    /// <summary>Runs a script of tests/e2e with its own arguments (scripts that need no running bot).</summary>
    public static async Task<NodeScriptResult> RunScriptAsync(ITestOutputHelper? output, string script, IEnumerable<string> scriptArguments, TimeSpan? timeout = null)
    {
        await EnsurePackagesAsync(output);
        var arguments = new List<string> { Path.Combine(E2eDirectory, script) };
        arguments.AddRange(scriptArguments);
        var result = await RunProcessAsync("node", arguments, E2eDirectory, timeout ?? TimeSpan.FromMinutes(3));
        output?.WriteLine($"node {script}: {result.Describe()}");
        return result;
    }

    /// <summary>
    /// `npm ci` when tests/e2e/node_modules is missing or older than the lock file. The lock keeps
    /// parallel test classes from installing over each other.
    /// </summary>
    private static async Task EnsurePackagesAsync(ITestOutputHelper? output)
    {
        await InstallLock.WaitAsync();
        try
        {
            var installed = Path.Combine(E2eDirectory, "node_modules", ".package-lock.json");
            var wanted = Path.Combine(E2eDirectory, "package-lock.json");
            if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(wanted)) return;
            var result = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], E2eDirectory, TimeSpan.FromMinutes(10));
            output?.WriteLine($"npm ci in tests/e2e: {result.Describe()}");
            Assert.True(result.ExitCode == 0, $"npm ci in {E2eDirectory} failed: {result.Describe()}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<NodeScriptResult> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test tools must never fetch a browser of their own: Debian's chromium is the one we use.
        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // The whole tree: the playground script starts a server and a browser of its own.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new NodeScriptResult(-1, await stdout, $"timed out after {timeout}\n{await stderr}");
        }
        return new NodeScriptResult(process.ExitCode, await stdout, await stderr);
    }
}
