namespace SalesCoach.Data.State;

/// <summary>
/// One bot-state document to store: its row key, its JSON, the eTag the writer expects the stored row to have
/// (null for any: "*" or no eTag) and the eTag it gets.
/// </summary>
public readonly record struct StateRowWrite(string Key, string Json, string? Expected, string ETag);
