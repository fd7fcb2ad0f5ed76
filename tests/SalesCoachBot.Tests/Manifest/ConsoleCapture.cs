namespace SalesCoach.Tests.Manifest;

/// <summary>Redirects Console.Out and Console.Error while alive; only for tests in <see cref="ConsoleCollection"/>.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;

    public StringWriter Out { get; } = new();
    public StringWriter Error { get; } = new();

    public ConsoleCapture()
    {
        Console.SetOut(Out);
        Console.SetError(Error);
    }

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
