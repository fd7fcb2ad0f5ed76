using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SalesCoach.Data;
using SalesCoach.Data.Diagnostics;
using SalesCoach.Data.State;

namespace SalesCoach.Bot.State;

/// <summary>
/// Bot Framework IStorage over the project's database (SQLite or PostgreSQL) with eTag optimistic
/// concurrency: a write that carries an eTag (an IStoreItem, or BotState's dictionary with its "eTag"
/// entry) succeeds only if the stored document still has that eTag; "*" or no eTag overwrites.
/// </summary>
/// <param name="sqliteWriter">On SQLite, the writer that commits concurrent turns' writes together; null on PostgreSQL.</param>
public sealed class EfCoreStorage(IDbContextFactory<SalesCoachDbContext> dbFactory, SqliteStateWriter? sqliteWriter = null) : IDocumentStorage
{
    private const string ETagProperty = "eTag";

    // TypeNameHandling.None: type names read from a database must never pick the CLR type to build.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 64,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0) return result;
        var stored = keys.ToDictionary(StorageKey, k => k);
        var storedKeys = stored.Keys.ToArray();
        var stage = TurnStages.Start();
        await using var db = dbFactory.CreateDbContext();
        var rows = await Rows(db.BotState.AsNoTracking(), storedKeys).ToListAsync(cancellationToken);
        TurnStages.Record(TurnStages.StateRead, stage);
        foreach (var row in rows)
        {
            var json = JObject.Parse(row.Json);
            json[ETagProperty] = row.ETag;
            result[stored[row.Key]] = json;
        }
        return result;
    }

    /// <summary>
    /// The row key for a state key. Channel conversation ids have no length limit; keys that would not
    /// fit the column are stored under a hash of themselves (collisions are not a practical concern).
    /// </summary>
    internal static string StorageKey(string key) =>
        key.Length <= MaxKeyLength ? key : "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    private const int MaxKeyLength = 500;

    /// <summary>
    /// The rows of these keys. BotState asks for one key at a time: an equality keeps one cached SQL command,
    /// where a one-element Contains makes EF Core expand the collection into parameters and regenerate (and
    /// lock around) the command on every call, which the profile showed on every state read and write.
    /// </summary>
    private static IQueryable<BotStateRecord> Rows(IQueryable<BotStateRecord> rows, string[] keys)
    {
        if (keys.Length == 1)
        {
            var key = keys[0];
            return rows.Where(r => r.Key == key);
        }
        if (keys.Length == 2)
        {
            // A turn's conversation and user state, read together (BatchedStateReads): the same reasoning.
            var (first, second) = (keys[0], keys[1]);
            return rows.Where(r => r.Key == first || r.Key == second);
        }
        return rows.Where(r => keys.Contains(r.Key));
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(changes, cancellationToken);

    /// <summary>The write, returning each stored document parsed from the very text stored, as <see cref="ReadAsync"/> would.</summary>
    public async Task<IReadOnlyDictionary<string, JObject>> WriteDocumentsAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var stored = await WriteCoreAsync(changes, cancellationToken);
        return stored.ToDictionary(s => s.Key, s =>
        {
            var document = JObject.Parse(s.Value.Json);
            document[ETagProperty] = s.Value.ETag;
            return document;
        });
    }

    private async Task<Dictionary<string, (string Json, string ETag)>> WriteCoreAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var stored = new Dictionary<string, (string Json, string ETag)>();
        if (changes.Count == 0) return stored;
        var stage = TurnStages.Start();
        var documents = changes.ToDictionary(c => c.Key, c => Document(c.Value));
        foreach (var (key, document) in documents) stored[key] = (document.Text, document.ETag);
        if (sqliteWriter is not null)
        {
            var rows = documents.Select(d => new StateRowWrite(StorageKey(d.Key), d.Value.Text, d.Value.Unconditional ? null : d.Value.Expected, d.Value.ETag)).ToArray();
            if (!await sqliteWriter.WriteAsync(rows, cancellationToken))
                throw new StorageConcurrencyException(string.Join(", ", documents.Keys));
        }
        else
        {
            await using var db = dbFactory.CreateDbContext();
            // BotState writes one document at a time, nearly always one that exists: one conditional UPDATE then,
            // instead of reading the row to check its eTag and writing it back (two round trips, two statements).
            if (documents.Count != 1 || !await TryUpdateAsync(db, documents.Single(), cancellationToken))
                await UpsertAsync(db, documents, cancellationToken);
        }
        TurnStages.Record(TurnStages.StateWrite, stage);
        // BotState may save twice in one turn; hand it the new eTag so its second write is not a false conflict.
        foreach (var (key, value) in changes)
        {
            if (value is IStoreItem item) item.ETag = documents[key].ETag;
            else if (value is IDictionary<string, object> dict) dict[ETagProperty] = documents[key].ETag;
        }
        return stored;
    }

    /// <summary>A document as stored: its JSON without the eTag, the eTag the writer expects, and the new one.</summary>
    private readonly record struct StoredDocument(string Text, string? Expected, string ETag)
    {
        public bool Unconditional => string.IsNullOrEmpty(Expected) || Expected == "*";
    }

    private static StoredDocument Document(object? value)
    {
        var json = value is null ? new JObject() : JObject.FromObject(value, Serializer);
        var expected = value is IStoreItem item ? item.ETag : json.Value<string>(ETagProperty);
        json.Remove(ETagProperty);
        return new StoredDocument(json.ToString(Formatting.None), expected, Guid.NewGuid().ToString("N"));
    }

    /// <summary>Updates the row if it exists with the expected eTag (any eTag when unconditional); false when no row matched.</summary>
    private static async Task<bool> TryUpdateAsync(SalesCoachDbContext db, KeyValuePair<string, StoredDocument> change, CancellationToken cancellationToken)
    {
        var (key, document) = (StorageKey(change.Key), change.Value);
        var rows = db.BotState.Where(r => r.Key == key);
        if (!document.Unconditional)
        {
            var expected = document.Expected;
            rows = rows.Where(r => r.ETag == expected);
        }
        var now = DateTimeOffset.UtcNow;
        return await rows.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Json, document.Text)
            .SetProperty(r => r.ETag, document.ETag)
            .SetProperty(r => r.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>The general write: reads the rows, checks their eTags, updates or inserts, saves in one transaction.</summary>
    private async Task UpsertAsync(SalesCoachDbContext db, Dictionary<string, StoredDocument> documents, CancellationToken cancellationToken)
    {
        var keys = documents.Keys.Select(StorageKey).ToArray();
        var existing = await Rows(db.BotState, keys).ToDictionaryAsync(r => r.Key, cancellationToken);
        foreach (var (key, document) in documents)
        {
            if (existing.TryGetValue(StorageKey(key), out var row))
            {
                if (!document.Unconditional && document.Expected != row.ETag)
                    throw new StorageConcurrencyException(key);
                row.Json = document.Text;
                row.ETag = document.ETag;
                row.UpdatedAt = DateTimeOffset.UtcNow;
            }
            else
            {
                db.BotState.Add(new BotStateRecord { Key = StorageKey(key), Json = document.Text, ETag = document.ETag, UpdatedAt = DateTimeOffset.UtcNow });
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance updated (concurrency token) or inserted (primary key) the same document first.
            throw new StorageConcurrencyException(string.Join(", ", keys), ex);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) return;
        await using var db = dbFactory.CreateDbContext();
        var storedKeys = keys.Select(StorageKey).ToArray();
        await db.BotState.Where(r => storedKeys.Contains(r.Key)).ExecuteDeleteAsync(cancellationToken);
    }
}
