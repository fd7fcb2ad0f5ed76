using SalesCoach.Skills.Dialogs.References;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// Where skills declare what they handle: a form for intents that need slots, a handler for intents
/// answered in one turn. Registration happens at start-up; lookups happen on every turn.
/// </summary>
public sealed class FormRegistry
{
    private readonly Dictionary<string, FormDefinition> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IntentHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ISkillDialog> _dialogs = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ReferentHandler> _referents = new(StringComparer.Ordinal);

    private readonly List<string> _helpNotes = [];

    public IReadOnlyCollection<FormDefinition> Forms => _forms.Values;

    /// <summary>String keys of lines the help reply adds (the demo-mode note when the demo company is on).</summary>
    public IReadOnlyList<string> HelpNotes => _helpNotes;

    public FormRegistry AddHelpNote(string key)
    {
        _helpNotes.Add(key);
        return this;
    }

    public FormRegistry Register(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A form with nothing to ask is a one-turn intent: register a handler for it instead.
        if (form.Slots.Count == 0)
            throw new ArgumentException($"Form '{form.Name}' declares no slots.", nameof(form));
        if (form.Slots.Select(s => s.Name).Distinct().Count() != form.Slots.Count)
            throw new ArgumentException($"Form '{form.Name}' declares a slot twice.", nameof(form));
        // One owner per intent: a form and a handler for the same intent would make routing depend on order.
        if (_handlers.ContainsKey(form.Name) || _dialogs.ContainsKey(form.Name) || !_forms.TryAdd(form.Name, form))
            throw new ArgumentException($"Intent '{form.Name}' is already registered.", nameof(form));
        return this;
    }

    public FormRegistry RegisterHandler(string intent, IntentHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_forms.ContainsKey(intent) || _dialogs.ContainsKey(intent) || !_handlers.TryAdd(intent, handler))
            throw new ArgumentException($"Intent '{intent}' is already registered.", nameof(intent));
        return this;
    }

    public FormRegistry RegisterDialog(ISkillDialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_forms.ContainsKey(dialog.Name) || _handlers.ContainsKey(dialog.Name) || !_dialogs.TryAdd(dialog.Name, dialog))
            throw new ArgumentException($"Intent '{dialog.Name}' is already registered.", nameof(dialog));
        return this;
    }

    /// <summary>The skill that acts on things of <paramref name="kind"/> it showed (ReferentKinds): one per kind.</summary>
    public FormRegistry RegisterReferents(string kind, ReferentHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_referents.TryAdd(kind, handler))
            throw new ArgumentException($"Referents of kind '{kind}' already have a handler.", nameof(kind));
        return this;
    }

    public ReferentHandler? Referents(string kind) => _referents.TryGetValue(kind, out var handler) ? handler : null;

    public ISkillDialog? Dialog(string? name) => name is not null && _dialogs.TryGetValue(name, out var dialog) ? dialog : null;

    public FormDefinition? Form(string? name) => name is not null && _forms.TryGetValue(name, out var form) ? form : null;

    public IntentHandler? Handler(string intent) => _handlers.TryGetValue(intent, out var handler) ? handler : null;

    /// <summary>True when something answers the intent, so a clarifying question offers only choices that lead somewhere.</summary>
    public bool Handles(string intent) => _forms.ContainsKey(intent) || _handlers.ContainsKey(intent) || _dialogs.ContainsKey(intent);
}
