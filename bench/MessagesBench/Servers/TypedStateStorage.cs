using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Diagnostic (--emulate-state-fix). EfCoreStorage reads state back as JObjects; BotState then hands the
/// handler a converted copy that it does not track, so changes after a conversation's first turn are
/// never saved (TurnCount stays 1) and steady-state turns do no writes at all. This decorator returns the
/// bot's state objects typed, as a fixed bot would, so the benchmark can show what the per-turn write costs.
/// </summary>
public sealed class TypedStateStorage(IStorage inner) : IStorage
{
    private static readonly Dictionary<string, Type> KnownProperties = new()
    {
        [nameof(CoachConversationState)] = typeof(CoachConversationState),
        [nameof(CoachUserState)] = typeof(CoachUserState),
    };

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = await inner.ReadAsync(keys, cancellationToken);
        foreach (var key in items.Keys.ToArray())
        {
            if (items[key] is not JObject document) continue;
            var typed = new Dictionary<string, object>();
            foreach (var (name, token) in document)
            {
                if (token is null) continue;
                typed[name] = KnownProperties.TryGetValue(name, out var type) ? token.ToObject(type)! : token.Type == JTokenType.String ? (string)token! : token;
            }
            items[key] = typed;
        }
        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
