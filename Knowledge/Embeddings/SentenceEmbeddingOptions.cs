namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// The offline sentence-embedding ranker (section "SalesCoach:Knowledge:SentenceEmbeddings"); whether it runs at all
/// is the retrieval signal SalesCoach:Knowledge:Signals:SentenceEmbeddings.
/// </summary>
public sealed class SentenceEmbeddingOptions
{
    public const string SectionName = "SalesCoach:Knowledge:SentenceEmbeddings";

    /// <summary>
    /// Which English texts stand for a Chinese section ("Cards, Twins, Glosses"). The cards' questions alone: on the
    /// tuning sets the twins and the CC-CEDICT glosses added nothing to them, and alone did worse than no vectors.
    /// </summary>
    public EnglishViewKinds Views { get; set; } = EnglishViewKinds.Cards;

    /// <summary>
    /// Chinese questions too, glossed into English word by word through CC-CEDICT (the model never sees Chinese). Off:
    /// see docs/knowledge-base.md for what it did on the tuning sets.
    /// </summary>
    public bool ChineseViaGlosses { get; set; }

    /// <summary>
    /// How questions and views are embedded: <see cref="SentenceEncoderKind.Static"/> (both from the word table distilled
    /// from the model: microseconds per question, no model at query time) or <see cref="SentenceEncoderKind.Model"/> (the
    /// full transformer: milliseconds per question, the model loaded at the first English question). A static question
    /// against views embedded by the full model was measured too and was far worse (the two spaces differ).
    /// </summary>
    public SentenceEncoderKind Encoder { get; set; } = SentenceEncoderKind.Static;

    /// <summary>How many passages the vector ranking hands to the fusion.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 50)]
    public int Candidates { get; set; } = 10;

    /// <summary>The vector ranking's weight in the reciprocal rank fusion, the lexical ranking's being 1.</summary>
    [System.ComponentModel.DataAnnotations.Range(0.0, 4.0)]
    public double Weight { get; set; } = 1.0;
}

/// <summary>Which encoder embeds the question and the views (see <see cref="SentenceEmbeddingOptions.Encoder"/>).</summary>
public enum SentenceEncoderKind
{
    Static,
    Model,
}
