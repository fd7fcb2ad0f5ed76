using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// The risk checklist as a skill: one dialog (a card per risk). Its card buttons (Rate, and the result's Save) come
/// back here by id and go on as the words they carry, so the running dialog reads the card's inputs with them.
/// </summary>
public sealed class RiskSkill(RiskDialog dialog) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "risk";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill) => skill.Dialog(dialog);
}
