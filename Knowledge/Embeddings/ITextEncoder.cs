namespace SalesCoach.Knowledge.Embeddings;

/// <summary>Turns English texts into unit-length vectors (the offline model, or a stand-in in tests).</summary>
internal interface ITextEncoder
{
    /// <summary>Names the model: cached vectors of another model are not reused.</summary>
    string Model { get; }

    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
