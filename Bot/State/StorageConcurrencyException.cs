namespace SalesCoach.Bot.State;

/// <summary>A state write lost an optimistic-concurrency race: someone else saved the document since it was read.</summary>
public sealed class StorageConcurrencyException(string key, Exception? inner = null)
    : Exception($"eTag conflict writing bot state '{key}'", inner);
