using SalesCoach.Skills.Dialogs.References;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// What a skill says about itself in <see cref="Routing.ISkill.Declare"/>: each intent it owns with the way it is
/// answered (a form when it needs slots, a dialog when a form cannot express it, a handler for one turn), the
/// referents it acts on ("drop the second one"), lines for the help reply. Every intent has one owner.
/// </summary>
public sealed class SkillDeclaration
{
    private readonly SkillCatalogue _catalogue;

    internal SkillDeclaration(SkillCatalogue catalogue, string skillId)
    {
        _catalogue = catalogue;
        SkillId = skillId;
    }

    public string SkillId { get; }

    /// <summary>A form for the intent of its name: the engine asks for its slots and calls its action when complete.</summary>
    public SkillDeclaration Form(FormDefinition form)
    {
        _catalogue.AddForm(form, SkillId);
        return this;
    }

    /// <summary>A multi-turn dialog started by the intent of its name (state and card inputs of its own).</summary>
    public SkillDeclaration Dialog(ISkillDialog dialog)
    {
        _catalogue.AddDialog(dialog, SkillId);
        return this;
    }

    /// <summary>An intent answered whatever is running (help, cancel, a language switch), before any form or dialog continues.</summary>
    public SkillDeclaration Interruption(string intent, InterruptionHandler handler)
    {
        _catalogue.AddInterruption(intent, handler, SkillId);
        return this;
    }

    /// <summary>An intent answered in one turn.</summary>
    public SkillDeclaration Handler(string intent, IntentHandler handler)
    {
        _catalogue.AddHandler(intent, handler, SkillId);
        return this;
    }

    /// <summary>Acts on things of <paramref name="kind"/> this skill showed ("cancel the second one"): one skill per kind.</summary>
    public SkillDeclaration Referents(string kind, ReferentHandler handler)
    {
        _catalogue.AddReferents(kind, handler, SkillId);
        return this;
    }

    /// <summary>A line (string key) the help reply adds.</summary>
    public SkillDeclaration HelpNote(string key)
    {
        _catalogue.AddHelpNote(key);
        return this;
    }
}
