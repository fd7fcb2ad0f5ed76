namespace SalesCoach.Bench.Servers;

/// <summary>Settings both hosts share so that neither pays for console logging during the measurement.</summary>
public static class HostTuning
{
    public static void QuietLogging(WebApplicationBuilder builder)
    {
        // A configuration source added last wins over appsettings and command line for "Default";
        // the filter also catches categories a settings file may have raised to Information.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning);
    }
}
