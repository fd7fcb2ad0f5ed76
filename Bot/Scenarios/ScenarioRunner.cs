namespace SalesCoach.Bot.Scenarios;

/// <summary>Plays scenarios against a <see cref="ScenarioHost"/>, one fresh conversation each, and checks every turn.</summary>
public sealed class ScenarioRunner(ScenarioHost host)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        var persona = await host.PersonaAsync(scenario.As, cancellationToken);
        var session = host.OpenSession(scenario, persona);
        await session.StartAsync(cancellationToken);
        var results = new List<TurnResult>();
        for (var i = 0; i < scenario.Turns.Count; i++)
        {
            var turn = scenario.Turns[i];
            ScenarioAnswer answer;
            try
            {
                answer = await session.SendAsync(turn.User, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new ScenarioResult(scenario, results, $"turn {i + 1} threw {ex.GetType().Name}: {ex.Message}");
            }
            results.Add(new TurnResult(i + 1, turn, answer, ScenarioChecks.Check(turn, answer)));
        }
        return new ScenarioResult(scenario, results);
    }

    public async Task<ScenarioSummary> RunAllAsync(IEnumerable<Scenario> scenarios, Action<ScenarioResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var result = await RunAsync(scenario, cancellationToken);
            results.Add(result);
            onResult?.Invoke(result);
        }
        return new ScenarioSummary(results);
    }
}
