using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SalesCoach.Bot.State;

/// <summary>
/// A state store that can say what a write stored: each document exactly as a read right after the write
/// would return it (with its new eTag), so a cache in front can keep it instead of reading it back.
/// </summary>
public interface IDocumentStorage : IStorage
{
    Task<IReadOnlyDictionary<string, JObject>> WriteDocumentsAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);
}
