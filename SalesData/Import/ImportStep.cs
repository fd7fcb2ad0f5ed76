namespace SalesCoach.Data.Import;

/// <summary>Where an import is: reading the file, checking row <see cref="Done"/> of <see cref="Of"/>, or writing.</summary>
public sealed record ImportStep(string Phase, int Done, int Of)
{
    public const string Reading = "reading";
    public const string Checking = "checking";
    public const string Writing = "writing";

    /// <summary>How many rows pass between two reports while checking: often enough to move, rarely enough to cost nothing.</summary>
    public const int Every = 2000;
}
