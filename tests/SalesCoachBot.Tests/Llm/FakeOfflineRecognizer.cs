using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Llm;

/// <summary>Stands in for the offline recogniser: returns one fixed result and counts its calls.</summary>
internal sealed class FakeOfflineRecognizer(NluResult result) : IIntentRecognizer
{
    public int Calls { get; private set; }

    public Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(result);
    }
}
