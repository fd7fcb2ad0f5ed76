using System.Globalization;
using System.Text.Json;
using SalesCoach.Data.Import;

namespace SalesCoach.Bot.Commands;

/// <summary>How `import` prints a result: a summary line first, then (for a rejected file) one line per error, or all of it as JSON.</summary>
public static class ImportReport
{
    /// <summary>Enough lines to fix a file by; the JSON report always has every error.</summary>
    private const int MaxErrorLines = 50;

    public static string Summary(ImportResult result, string file)
    {
        var name = Path.GetFileName(file);
        var entity = result.Entity.ToString().ToLowerInvariant();
        return result.Accepted
            ? string.Create(CultureInfo.InvariantCulture,
                $"Imported {name} ({entity}, preset {result.Preset}) in {result.Elapsed.TotalSeconds:0.0} s: {result.Counts.Inserted:N0} inserted, {result.Counts.Updated:N0} updated, {result.Counts.Unchanged:N0} unchanged.")
            : string.Create(CultureInfo.InvariantCulture,
                $"{name} rejected: {result.Errors.Count:N0} error{(result.Errors.Count == 1 ? "" : "s")} in {result.RejectedRows:N0} of {result.Rows:N0} rows; nothing was written.");
    }

    public static IEnumerable<string> ErrorLines(ImportResult result)
    {
        foreach (var error in result.Errors.Take(MaxErrorLines))
            yield return $"  row {error.Row}, {error.Column}: {error.Reason}";
        if (result.Errors.Count > MaxErrorLines)
            yield return $"  ... and {result.Errors.Count - MaxErrorLines:N0} more (--json lists them all)";
    }

    public static string Json(ImportResult result, string file) => JsonSerializer.Serialize(new
    {
        file,
        entity = result.Entity.ToString().ToLowerInvariant(),
        preset = result.Preset,
        accepted = result.Accepted,
        inserted = result.Counts.Inserted,
        updated = result.Counts.Updated,
        unchanged = result.Counts.Unchanged,
        elapsedMs = (long)result.Elapsed.TotalMilliseconds,
        errors = result.Errors.Select(e => new { row = e.Row, column = e.Column, reason = e.Reason }),
    }, NluCommand.Json);
}
