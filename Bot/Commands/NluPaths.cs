namespace SalesCoach.Bot.Commands;

/// <summary>
/// Relative paths are meant from where the user typed the command. `dotnet run --project Bot` starts the
/// process in Bot/, so the shell's PWD (inherited) is the better base when it is set; otherwise the
/// process's own directory.
/// </summary>
public static class NluPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        var baseDirectory = shell is { Length: > 0 } && Directory.Exists(shell) ? shell : Environment.CurrentDirectory;
        return Path.GetFullPath(Path.Combine(baseDirectory, path));
    }
}
