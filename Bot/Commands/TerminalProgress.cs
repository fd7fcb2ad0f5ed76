using System.Globalization;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Import;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// One status line for long admin work (seed, import, kb ingest, kb eval), rewritten in place on a
/// terminal. When stdout or stderr is redirected (a script, CI, `| jq`) it prints nothing, so the
/// command's output stays exactly what it was.
/// </summary>
public sealed class TerminalProgress : IProgress<string>, IProgress<DemoSeedStep>, IProgress<ImportStep>, IDisposable
{
    private readonly TextWriter? _writer;
    private int _width;

    private TerminalProgress(TextWriter? writer) => _writer = writer;

    /// <summary>Shows progress on stderr only when both output streams are a terminal.</summary>
    public static TerminalProgress ForConsole() =>
        new(Console.IsOutputRedirected || Console.IsErrorRedirected ? null : Console.Error);

    /// <summary>For tests: writes to <paramref name="writer"/> whatever the console is.</summary>
    public static TerminalProgress To(TextWriter? writer) => new(writer);

    public bool Visible => _writer is not null;

    public void Report(string value)
    {
        if (_writer is null) return;
        lock (_writer)
        {
            // Pad over the previous line's tail: the new one may be shorter.
            _writer.Write("\r" + value.PadRight(_width));
            _width = value.Length;
            _writer.Flush();
        }
    }

    public void Report(DemoSeedStep value) =>
        Report(value.Name == "generating"
            ? "Seeding the demo company (first use): generating..."
            : $"Seeding the demo company (first use): {value.Name} ({value.Number}/{value.Of})");

    public void Report(ImportStep value) => Report(value.Phase switch
    {
        ImportStep.Checking => $"Importing: checking row {value.Done.ToString("N0", CultureInfo.InvariantCulture)} of {value.Of.ToString("N0", CultureInfo.InvariantCulture)}...",
        ImportStep.Writing => $"Importing: writing {value.Of.ToString("N0", CultureInfo.InvariantCulture)} rows in one transaction...",
        _ => "Importing: reading the file...",
    });

    public void Dispose() => Clear();

    /// <summary>Clears the status line so the command's own output starts on a clean line.</summary>
    public void Clear()
    {
        if (_writer is null || _width == 0) return;
        lock (_writer)
        {
            _writer.Write("\r" + new string(' ', _width) + "\r");
            _writer.Flush();
            _width = 0;
        }
    }
}
