using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>A CSAT answer for every tenth order, a few days after delivery; lower where responses are slow.</summary>
internal static class DemoSurveys
{
    public static List<Survey> Generate(DemoCalendar calendar, IReadOnlyList<Order> orders)
    {
        var random = DemoRandom.For(6);
        var surveys = new List<Survey>(orders.Count / DemoPlan.SurveyEvery);
        for (var i = DemoPlan.SurveyEvery / 2; i < orders.Count; i += DemoPlan.SurveyEvery)
        {
            var order = orders[i];
            var mean = order.RegionId == DemoPlan.SlowRegionId ? 3.6 : 4.3;
            var answered = (order.FulfilledAt ?? order.CreatedAt).AddDays(1 + random.NextDouble() * 3);
            surveys.Add(new Survey
            {
                Id = surveys.Count + 1,
                CustomerId = order.CustomerId, OwnerId = order.OwnerId, TeamId = order.TeamId, RegionId = order.RegionId,
                Score = Math.Clamp((int)Math.Round(mean + 0.8 * random.Normal()), 1, 5),
                RespondedAt = DemoCalendar.Min(answered, calendar.Now.AddMinutes(-1)),
            });
        }
        return surveys;
    }
}
