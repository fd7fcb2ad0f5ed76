namespace SalesCoach.Bot.Commands;

/// <summary>Bad input to an admin command: printed as one line, the process exits with <see cref="ExitCode"/>.</summary>
public sealed class CommandException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
