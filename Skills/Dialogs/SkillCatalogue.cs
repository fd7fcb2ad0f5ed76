using SalesCoach.Skills.Dialogs.References;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// What the registered skills declared (<see cref="ISkill.Declare"/>), indexed for the engine: the form, dialog or
/// handler of each intent, who acts on which referents, which skill a card id names. Built once at start-up, where a
/// conflict (two skills, one intent or one id) stops the bot with a message naming both; lookups happen on every turn.
/// </summary>
public sealed class SkillCatalogue
{
    /// <summary>
    /// Intents the engine reads itself: a bare yes or no goes to the skill whose proposal is on screen
    /// (<see cref="ISkill.AnswersTopic"/>), and "none" is no request at all. No skill may declare them.
    /// </summary>
    public static readonly IReadOnlySet<string> EngineIntents = new HashSet<string>(StringComparer.Ordinal) { Intents.Affirm, Intents.Deny, Intents.None };

    private readonly Dictionary<string, FormDefinition> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IntentHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ISkillDialog> _dialogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InterruptionHandler> _interruptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferentHandler> _referents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ISkill> _skills = new(StringComparer.Ordinal);
    private readonly List<ISkill> _ordered = [];
    private readonly List<string> _helpNotes = [];

    /// <summary>No skills but the core one (help, cancel, language), as tests of the engine need.</summary>
    public SkillCatalogue()
        : this([])
    {
    }

    /// <summary>
    /// The skills in registration order: the order in which they hear commands before understanding. The core skill
    /// (help, cancel, greeting, language, out of scope) is always there: first, unless registered with its commands.
    /// </summary>
    public SkillCatalogue(IEnumerable<ISkill> skills)
    {
        var list = skills.ToList();
        if (!list.Any(s => s.Id == CoreSkill.SkillId)) list.Insert(0, new CoreSkill());
        foreach (var skill in list) Add(skill);
    }

    public IReadOnlyList<ISkill> Skills => _ordered;

    public IReadOnlyCollection<FormDefinition> Forms => _forms.Values;

    /// <summary>String keys of lines the help reply adds (the demo-mode note when the demo company is on).</summary>
    public IReadOnlyList<string> HelpNotes => _helpNotes;

    /// <summary>The skill whose id a card carries, or null when none is registered under it.</summary>
    public ISkill? Skill(string id) => _skills.GetValueOrDefault(id);

    /// <summary>The id of the skill that declared <paramref name="intent"/>, or null.</summary>
    public string? Owner(string intent) => _owners.GetValueOrDefault(intent);

    private void Add(ISkill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        if (string.IsNullOrWhiteSpace(skill.Id))
            throw new InvalidOperationException($"Skill {skill.GetType().Name} has no id: its cards could not be routed back to it.");
        if (!_skills.TryAdd(skill.Id, skill))
            throw new InvalidOperationException($"Skill id '{skill.Id}' is registered twice ({_skills[skill.Id].GetType().Name} and {skill.GetType().Name}): a card naming it would reach only one.");
        _ordered.Add(skill);
        skill.Declare(new SkillDeclaration(this, skill.Id));
    }

    /// <summary>One owner per intent: with two, routing would depend on registration order.</summary>
    internal void Claim(string intent, string skill)
    {
        if (EngineIntents.Contains(intent))
            throw new InvalidOperationException($"Skill '{skill}' declares intent '{intent}', which the engine reads itself (a bare yes or no answers the proposal on screen): a skill cannot own it.");
        if (!_owners.TryAdd(intent, skill))
            throw new InvalidOperationException(_owners[intent] == skill
                ? $"Skill '{skill}' declares intent '{intent}' twice: give it one form, dialog or handler."
                : $"Intent '{intent}' is declared by two skills, '{_owners[intent]}' and '{skill}': one must give it up.");
    }

    internal void AddForm(FormDefinition form, string skill)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A form with nothing to ask is a one-turn intent: declare a handler for it instead.
        if (form.Slots.Count == 0)
            throw new ArgumentException($"Form '{form.Name}' of skill '{skill}' declares no slots.", nameof(form));
        if (form.Slots.Select(s => s.Name).Distinct().Count() != form.Slots.Count)
            throw new ArgumentException($"Form '{form.Name}' of skill '{skill}' declares a slot twice.", nameof(form));
        Claim(form.Name, skill);
        _forms.Add(form.Name, form);
    }

    internal void AddInterruption(string intent, InterruptionHandler handler, string skill)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Claim(intent, skill);
        _interruptions.Add(intent, handler);
    }

    internal void AddHandler(string intent, IntentHandler handler, string skill)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Claim(intent, skill);
        _handlers.Add(intent, handler);
    }

    internal void AddDialog(ISkillDialog dialog, string skill)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Claim(dialog.Name, skill);
        _dialogs.Add(dialog.Name, dialog);
    }

    /// <summary>The skill that acts on things of a kind it showed (ReferentKinds): one per kind.</summary>
    internal void AddReferents(string kind, ReferentHandler handler, string skill)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_referents.TryAdd(kind, handler))
            throw new InvalidOperationException($"Referents of kind '{kind}' already have a handler; skill '{skill}' declares a second.");
    }

    internal void AddHelpNote(string key) => _helpNotes.Add(key);

    public ReferentHandler? Referents(string kind) => _referents.TryGetValue(kind, out var handler) ? handler : null;

    public ISkillDialog? Dialog(string? name) => name is not null && _dialogs.TryGetValue(name, out var dialog) ? dialog : null;

    public FormDefinition? Form(string? name) => name is not null && _forms.TryGetValue(name, out var form) ? form : null;

    public InterruptionHandler? Interruption(string intent) => _interruptions.GetValueOrDefault(intent);

    public IntentHandler? Handler(string intent) => _handlers.TryGetValue(intent, out var handler) ? handler : null;

    /// <summary>
    /// True when a task answers the intent, so a clarifying question offers only choices that lead somewhere
    /// (interruptions are not offered: help and cancel are always at hand).
    /// </summary>
    public bool Handles(string intent) => _forms.ContainsKey(intent) || _handlers.ContainsKey(intent) || _dialogs.ContainsKey(intent);
}
