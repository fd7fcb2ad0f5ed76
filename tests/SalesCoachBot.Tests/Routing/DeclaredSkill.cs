using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Tests;

/// <summary>
/// TEST DOUBLE: a skill made of a declaration and, optionally, a card-submit answer; it records the submits it was given.
/// </summary>
public class DeclaredSkill(string id, Action<SkillDeclaration>? declare = null, Func<CardSubmit, CardAnswer?>? submit = null) : ISkill
{
    public string Id => id;

    public List<CardSubmit> Submits { get; } = [];

    public void Declare(SkillDeclaration skill) => declare?.Invoke(skill);

    public Task<CardAnswer?> OnCardSubmitAsync(CardSubmit card, CancellationToken cancellationToken)
    {
        Submits.Add(card);
        return Task.FromResult(submit?.Invoke(card));
    }
}
