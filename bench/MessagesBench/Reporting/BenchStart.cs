namespace SalesCoach.Bench.Reporting;

/// <summary>
/// The start every benchmark program shares: its options parsed (a bad argument prints the reason and the usage
/// to stderr and the program exits 2), Ctrl-C turned into a cancellation so a run stops at its next await with
/// its host disposed (a temp folder or database dropped), and the header naming the machine the figures are from.
/// </summary>
public static class BenchStart
{
    /// <summary>The exit code of a run given arguments it does not understand.</summary>
    public const int BadArguments = 2;

    /// <summary>
    /// The options from <paramref name="parse"/>, or false after printing why they are wrong and <paramref name="usage"/>
    /// (the caller then returns <see cref="BadArguments"/>).
    /// </summary>
    public static bool TryParse<T>(string[] args, Func<string[], T> parse, string usage, out T options)
    {
        try
        {
            options = parse(args);
            return true;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(usage);
            options = default!;
            return false;
        }
    }

    /// <summary>A source that Ctrl-C cancels instead of ending the process.</summary>
    public static CancellationTokenSource CancelOnCtrlC()
    {
        var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        return cancellation;
    }

    /// <summary>"NAME yyyy-MM-dd HH:mm UTC  os, runtime, N cores, server GC True, Release" (without the GC part when asked).</summary>
    public static string Header(string program, DateTimeOffset startedAt, bool withGc = true)
    {
        var machine = MachineInfo.Current();
        var gc = withGc ? $", server GC {machine.ServerGc}" : "";
        return $"{program} {startedAt:yyyy-MM-dd HH:mm} UTC  {machine.Os}, {machine.Runtime}, {machine.ProcessorCount} cores{gc}, {machine.Configuration}";
    }
}
