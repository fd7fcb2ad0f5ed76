using System.Reflection;
using System.Runtime.Loader;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Microsoft.Recognizers.Text is referenced by HintPath (see build/BotFrameworkSdk.targets), so hosts that
/// reference Skills get the DLLs copied beside them but not listed in their deps.json, and the runtime
/// will not load them. Until the build file lists them for every host, load them from the app folder.
/// </summary>
public static class RecognizersAssemblyResolver
{
    private static int _installed;

    public static void EnsureInstalled()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is null || !name.Name.StartsWith("Microsoft.Recognizers.", StringComparison.Ordinal)) return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }
}
