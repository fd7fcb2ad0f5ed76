using System.Globalization;
using System.Text.Json;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// Applies the result card's edits (response, owner, due date per risk) to the saved register. Only the person who
/// ran the check, an admin, or the manager of the team it covers may change it; a bad date changes nothing else.
/// </summary>
public sealed class RiskRegisterEditor(ViewerResolver viewers, SalesOrganisation organisation, RiskAssessmentStore store)
{
    public const int MaxOwnerLength = 100;

    public async Task<Reply> UpdateAsync(DialogInput input, string locale, CancellationToken cancellationToken)
    {
        var value = input.Value!.Value;
        if (!value.TryGetProperty(RiskCardInputs.AssessmentId, out var idField) || !long.TryParse(idField.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            || await store.FindAsync(id, cancellationToken) is not { } saved)
            return Reply.Plain(Strings.Get(locale, "risk.result.notFound"));
        var requester = input.Requester;
        var viewer = requester is null ? null : await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, requester.DemoPersona, cancellationToken);
        if (viewer is null || !MayEdit(viewer, saved)) return Reply.Plain(Strings.Get(locale, "risk.result.notYours"));

        var org = await organisation.GetAsync(cancellationToken);
        var errors = new List<string>();
        var changes = 0;
        var updated = await store.UpdateAsync(id, assessment =>
        {
            foreach (var rating in assessment.Ratings)
            {
                if (Text(value, RiskCardInputs.Response(rating.RiskKey)) is { } r && Enum.TryParse<RiskResponse>(r, out var response)
                    && Enum.IsDefined(response) && response != rating.Response)
                {
                    rating.Response = response;
                    changes++;
                }
                if (Text(value, RiskCardInputs.Owner(rating.RiskKey))?.Trim() is { Length: > 0 and <= MaxOwnerLength } owner && owner != rating.OwnerName)
                {
                    rating.OwnerName = owner;
                    rating.OwnerId = org.UsersNamed(owner).Select(u => u.Id).FirstOrDefault();
                    changes++;
                }
                if (Text(value, RiskCardInputs.Due(rating.RiskKey))?.Trim() is { Length: > 0 } due)
                {
                    if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        errors.Add(Strings.Get(locale, "risk.result.badDate", due));
                    else if (date != rating.DueDate)
                    {
                        rating.DueDate = date;
                        changes++;
                    }
                }
            }
        }, cancellationToken);
        if (updated is null) return Reply.Plain(Strings.Get(locale, "risk.result.notFound"));

        var lines = new List<string>(errors) { Strings.Get(locale, changes > 0 ? "risk.result.updated" : "risk.result.unchanged", changes) };
        var ranked = RiskResultBuilder.Ranked(updated);
        for (var i = 0; i < ranked.Count; i++)
        {
            var row = ranked[i];
            lines.Add(Strings.Get(locale, "risk.result.row", i + 1, RiskText.Name(locale, row.RiskKey), row.Likelihood, row.Impact, row.Score,
                RiskText.Level(locale, row.Level), RiskText.Response(locale, row.Response), row.OwnerName, RiskText.Date(row.DueDate)));
        }
        return Reply.Plain(string.Join("\n", lines));
    }

    private static bool MayEdit(SalesViewer viewer, RiskAssessment assessment) =>
        viewer.Role == SalesRole.Admin || viewer.UserId == assessment.AssessedById
        || (viewer.Role == SalesRole.Manager && viewer.TeamId is not null && assessment.ScopeKey == "team:" + viewer.TeamId);

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
