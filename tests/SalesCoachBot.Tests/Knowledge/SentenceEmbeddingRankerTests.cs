using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Embeddings;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>The offline sentence-embedding ranker: the real model, the English views, the fusion's guards, the cache.</summary>
public sealed class SentenceEmbeddingRankerTests
{
    [Fact]
    public void TheOfflineModelRunsHereAndPlacesAParaphraseNearerThanAnUnrelatedSentence()
    {
        var encoder = new MiniLmEncoder();

        var vectors = encoder.Encode(["How do I keep my reps motivated without paying them more?",
            "Non-material incentives: recognition, praise and care for the salespeople.",
            "Choose the CRM system that fits the company's customer data."], CancellationToken.None);

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.True(Dot(vectors[0], vectors[1]) > Dot(vectors[0], vectors[2]) + 0.1,
            $"paraphrase {Dot(vectors[0], vectors[1]):0.00}, unrelated {Dot(vectors[0], vectors[2]):0.00}");
    }

    [Fact]
    public async Task AChineseQuestionKeepsTheLexicalRankingAndNeverReachesTheModel()
    {
        var encoder = new CountingEncoder();
        var ranker = Ranker(encoder);
        var lexical = Result("zh", (Section("一、甲"), 0.6), (Section("二、乙"), 0.5));

        var ranked = await ranker.RerankAsync("怎么激励销售?", lexical, [Section("一、甲"), Section("二、乙")], CancellationToken.None);

        Assert.Same(lexical, ranked);
        Assert.Equal(0, encoder.Texts);
    }

    [Fact]
    public async Task WithChineseViaGlossesAChineseQuestionReachesTheModelOnlyAsEnglishWords()
    {
        var encoder = new CountingEncoder();
        var options = new SentenceEmbeddingOptions { ChineseViaGlosses = true, Views = EnglishViewKinds.Own };
        var ranker = new SentenceEmbeddingRanker(encoder, new EmbeddingCache(null, encoder.Model, shareInProcess: false), options, null, NullLogger.Instance);
        var english = new Passage { Id = "e", Source = "notes.md", Title = "Notes", Section = ["Visits"], Text = "Visit customers.", Language = "en" };
        var lexical = Result("zh", (Section("一、甲"), 0.5));

        await ranker.RerankAsync("怎么做客户回访?", lexical, [Section("一、甲"), english], CancellationToken.None);

        Assert.Contains(encoder.Seen, t => t.Contains("client", StringComparison.OrdinalIgnoreCase) || t.Contains("customer", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(encoder.Seen, t => t.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }

    [Fact]
    public void TheVectorsReorderButScoresKeepTheLexicalScaleAndTheEvidenceStaysLexical()
    {
        var (a, b) = (Section("一、甲"), Section("二、乙"));
        var lexical = Result("en", (a, 0.6), (b, 0.5)) with { Lexical = null };
        lexical = lexical with { Lexical = lexical.Passages[0] };

        var fused = SentenceEmbeddingRanker.Fuse(lexical, [b], 1.0);

        Assert.Equal([b, a], fused.Passages.Select(p => p.Passage));
        Assert.Equal([2.0, 1.0], fused.Passages.Select(p => p.Score));
        Assert.Equal(0.5, fused.Passages[0].Coverage);
        Assert.Same(a, fused.Lexical!.Passage);
    }

    [Fact]
    public void AFullLexicalMatchAndTheLexicalDepthWithinOneBranchStayFirst()
    {
        var (a, b) = (Section("一、甲"), Section("二、乙"));
        var full = Result("en", (a, 1.0), (b, 0.5));
        Assert.Same(a, SentenceEmbeddingRanker.Fuse(full, [b], 1.0).Best!.Passage);

        // The lexical ranking cited the subsection; the vectors prefer the section above it.
        var (parent, child) = (Section("一、甲"), Section("一、甲", "1、子"));
        var deep = Result("en", (child, 0.5), (parent, 0.5));
        Assert.Same(child, SentenceEmbeddingRanker.Fuse(deep, [parent], 1.0).Best!.Passage);
    }

    [Fact]
    public void ViewsAreEmbeddedOnceAndReadBackFromTheCacheFile()
    {
        var file = Path.Combine(TempDirectory.Create("emb"), "model.bin");
        var first = new CountingEncoder();
        new EmbeddingCache(file, first.Model, shareInProcess: false).GetOrEncode(["one", "two", "one"], first, CancellationToken.None);
        var second = new CountingEncoder();

        // A new process: only the file remembers.
        var vectors = new EmbeddingCache(file, second.Model, shareInProcess: false).GetOrEncode(["two", "one", "three"], second, CancellationToken.None);

        Assert.Equal(2, first.Texts);
        Assert.Equal(1, second.Texts);
        Assert.Equal(CountingEncoder.Vector("one"), vectors[1]);
        // Another model's file is not reused.
        var other = new CountingEncoder("other");
        new EmbeddingCache(file, other.Model, shareInProcess: false).GetOrEncode(["one"], other, CancellationToken.None);
        Assert.Equal(1, other.Texts);
    }

    [Fact]
    public void AChineseSectionIsRepresentedByItsCardsEnglishQuestionsAndNeverByChinese()
    {
        var section = Section("一、甲") with { Text = "激励销售人员。" };
        var cards = SectionCards.Parse(new StringReader("""{"section":"一、甲","questions_zh":["怎么激励?"],"questions_en":["How do I motivate reps?"]}"""));
        var twin = new Passage { Id = "p", Source = "playbook.en-US.md", Title = "Playbook", Section = ["Motivation"], Text = "Motivate reps.", Language = "en",
            Kind = PassageKind.Playbook, GuideRefs = ["一、甲"] };

        var cardsOnly = EnglishViews.Of([section, twin], cards, EnglishViewKinds.Cards);
        var withTwins = EnglishViews.Of([section, twin], cards, EnglishViewKinds.All);

        Assert.Equal([(section, "How do I motivate reps?")], cardsOnly);
        Assert.Contains(withTwins, v => ReferenceEquals(v.Passage, section) && v.Text.Contains("Motivate reps.", StringComparison.Ordinal));
        // The playbook twin points at an ingested section, so it is not a candidate of its own.
        Assert.DoesNotContain(withTwins, v => ReferenceEquals(v.Passage, twin));
    }

    [Fact]
    public void CedictGlossesAChineseTextInEnglishWords()
    {
        Assert.True(CedictGlosses.Instance.Count > 50_000, "the derived CC-CEDICT glosses are embedded");
        var glosses = CedictGlosses.Parse(new StringReader("客户\tclient\n回访\tpay a return visit\n"));

        Assert.Equal("client pay a return visit", glosses.Gloss("客户回访", 10));
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", CedictGlosses.Instance.Gloss("定期进行客户回访，了解客户的需求。", 20));
    }

    [Fact]
    public void TheRankerIsOnByDefaultWithoutAnEmbeddingServiceAndCanBeSwitchedOff()
    {
        IPassageRanker RankerWith(string? signal)
        {
            var settings = new Dictionary<string, string?> { ["SalesCoach:DataDirectory"] = TempDirectory.Create("kb") };
            if (signal is not null) settings["SalesCoach:Knowledge:Signals:SentenceEmbeddings"] = signal;
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            using var services = new ServiceCollection().AddLogging().AddSalesCoachKnowledge(configuration).BuildServiceProvider();
            return services.GetRequiredService<IPassageRanker>();
        }

        Assert.IsType<SentenceEmbeddingRanker>(RankerWith(null));
        Assert.IsType<LexicalOnlyRanker>(RankerWith("false"));
    }

    private static SentenceEmbeddingRanker Ranker(ITextEncoder encoder) =>
        new(encoder, new EmbeddingCache(null, encoder.Model, shareInProcess: false), new SentenceEmbeddingOptions(), null, NullLogger.Instance);

    private static Passage Section(params string[] path) =>
        new() { Id = string.Join('/', path), Source = "guide.txt", Title = "指南", Section = path, Text = "正文。", Language = "zh" };

    private static RetrievalResult Result(string language, params (Passage Passage, double Coverage)[] ranked)
    {
        var passages = ranked.Select((r, i) => new RetrievedPassage(r.Passage, ranked.Length - i, r.Coverage)).ToList();
        return new RetrievalResult(new QueryPlan("q", language, [], false), passages) { Lexical = passages[0] };
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    /// <summary>A stand-in model: a vector from the text's hash, counting what it was asked to encode.</summary>
    private sealed class CountingEncoder(string model = "counting") : ITextEncoder
    {
        public int Texts { get; private set; }

        public List<string> Seen { get; } = [];

        public string Model => model;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Texts += texts.Count;
            Seen.AddRange(texts);
            return texts.Select(Vector).ToArray();
        }

        public static float[] Vector(string text) => [text.Length, text[0], 1f];
    }
}
