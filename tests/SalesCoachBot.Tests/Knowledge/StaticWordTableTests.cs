using Microsoft.Extensions.Logging.Abstractions;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Embeddings;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>
/// The static word table distilled from all-MiniLM-L6-v2: it ranks like the full model, it is read from disk fast
/// enough to replace the model's load, and a question never runs the model once the table has its words.
/// </summary>
public sealed class StaticWordTableTests
{
    [Fact]
    public void TheTableIsReadBackFromDiskAndFindsAnInflectedWordByItsStem()
    {
        var file = Path.Combine(TempDirectory.Create("words"), "table.bin");
        var model = new StubModel();
        var table = new StaticWordTable(model.Model);
        table.AddMissing(["bonus", "team", "bonus"], model, CancellationToken.None);
        table.Save(file);

        var loaded = StaticWordTable.Load(file, model.Model);
        var added = loaded.AddMissing(["team", "coach"], model, CancellationToken.None);

        Assert.Equal(3, model.Words);
        Assert.Equal(1, added);
        Assert.Equal(StubModel.Vector("bonus"), loaded.Find("bonus")!, new Near(1e-3f));
        Assert.Equal(StubModel.Vector("bonus"), loaded.Find("bonuses")!, new Near(1e-3f));
        Assert.Null(loaded.Find("zoho"));
        // Another model's table is not reused.
        Assert.Equal(0, StaticWordTable.Load(file, "other").Count);
    }

    [Fact]
    public void ATableOfTheShippedSizeLoadsWellUnderTheModelsTwoSecondBudget()
    {
        var folder = TempDirectory.Create("words");
        var random = new Random(7);
        var table = new StaticWordTable("stub");
        for (var i = 0; i < 15_000; i++)
            table.Add("w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture), [.. Enumerable.Range(0, 384).Select(_ => (float)random.NextDouble() - 0.5f)]);
        table.Save(Path.Combine(folder, "table.bin"));

        var encoder = new StaticSentenceEncoder(Path.Combine(folder, "table.bin"), new StubModel());

        Assert.Equal(15_000, encoder.Table.Count);
        Assert.True(encoder.LoadTime < TimeSpan.FromSeconds(2), $"loaded in {encoder.LoadTime.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void TheDistilledTableRanksTheSameSectionFirstAsTheFullModel()
    {
        // Sections as their views (questions written for this test), and paraphrases that share few words with them.
        string[][] sections =
        [
            ["How do I keep my salespeople motivated?", "What non-cash rewards work for a sales team?"],
            ["Which CRM system should we choose?", "How do we keep customer records in one place?"],
            ["How should I train new sales reps?", "What skills training does the team need?"],
            ["How do I spot sales risks early?", "What can go wrong with a big deal and how do we prepare?"],
            ["How do I set monthly sales targets?", "How do I split the annual quota across the team?"],
        ];
        (string Question, int Section)[] questions =
        [
            ("praise and recognition for my reps instead of money", 0),
            ("where should we store the history of every client", 1),
            ("coaching newcomers so they learn to sell", 2),
            ("warning signs that an order may fall through", 3),
            ("breaking the yearly goal down by month", 4),
        ];
        var views = sections.SelectMany((s, i) => s.Select(text => (Text: text, Section: i))).ToList();
        var model = new MiniLmEncoder();
        var words = new StaticSentenceEncoder(null, model);
        words.Prepare([.. views.Select(v => v.Text)], questions.SelectMany(q => StaticSentenceEncoder.Words(q.Question)), CancellationToken.None);

        int Top(float[] question, IReadOnlyList<float[]> vectors) =>
            views.Select((v, i) => (v.Section, Score: Dot(question, vectors[i]))).MaxBy(s => s.Score).Section;

        var full = model.Encode([.. views.Select(v => v.Text)], CancellationToken.None);
        var distilled = words.Encode([.. views.Select(v => v.Text)], CancellationToken.None);
        foreach (var (question, section) in questions)
        {
            var byModel = Top(model.Encode([question], CancellationToken.None)[0], full);
            var byTable = Top(words.Embed(question), distilled);
            Assert.True(byModel == section && byTable == section, $"\"{question}\": expected {section}, model {byModel}, table {byTable}");
        }
    }

    [Fact]
    public async Task OnceTheTableHasItsWordsAnEnglishQuestionNeverRunsTheModel()
    {
        var model = new StubModel();
        var words = new StaticSentenceEncoder(null, model);
        var ranker = new SentenceEmbeddingRanker(model, new EmbeddingCache(null, model.Model, shareInProcess: false), new SentenceEmbeddingOptions(),
            SectionCards.Parse(new StringReader("""{"section":"一、甲","questions_zh":["怎么激励?"],"questions_en":["How do I motivate reps?"]}""")),
            NullLogger.Instance, words);
        var (a, b) = (Section("一、甲"), Section("二、乙"));
        var lexical = new RetrievalResult(new QueryPlan("q", "en", [], false), [new RetrievedPassage(b, 2, 0.4), new RetrievedPassage(a, 1, 0.3)]);

        ranker.Prepare([a, b], CancellationToken.None);
        var distilled = model.Words;
        var ranked = await ranker.RerankAsync("how do I motivate my reps to sell more?", lexical, [a, b], CancellationToken.None);

        Assert.True(distilled > 10_000, $"a new table covers the CC-CEDICT English words, not only the views' ({distilled})");
        Assert.Equal(distilled, model.Words);
        Assert.Same(a, ranked.Passages[0].Passage);
    }

    private static Passage Section(string path) =>
        new() { Id = path, Source = "guide.txt", Title = "指南", Section = [path], Text = "正文。", Language = "zh" };

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    /// <summary>A stand-in model: a unit vector from the word's letters, counting the words it was asked to embed.</summary>
    private sealed class StubModel : ITextEncoder
    {
        public int Words { get; private set; }

        public string Model => "stub";

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Words += texts.Count;
            return [.. texts.Select(Vector)];
        }

        public static float[] Vector(string text)
        {
            var vector = new float[8];
            foreach (var c in text) vector[c % 8] += 1;
            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => v / norm)];
        }
    }

    private sealed class Near(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => MathF.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
