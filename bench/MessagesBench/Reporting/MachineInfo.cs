using System.Runtime;
using System.Runtime.InteropServices;

namespace SalesCoach.Bench.Reporting;

/// <summary>What the figures were measured on; they mean little without it.</summary>
public sealed record MachineInfo(string Os, string Runtime, int ProcessorCount, bool ServerGc, string Configuration)
{
    public static MachineInfo Current() => new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        Environment.ProcessorCount,
        GCSettings.IsServerGC,
#if DEBUG
        "Debug");
#else
        "Release");
#endif
}
