using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Ingestion;
using SalesCoach.Knowledge.Playbook;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Storage;

namespace SalesCoach.Knowledge;

/// <summary>
/// The knowledge base: the embedded playbook plus the documents ingested into the data directory, searchable
/// at once. Answers are extracts (offline) or, through <see cref="AskAsync"/>, written by the LLM when one is
/// configured; either way only from retrieved passages, and a question the passages do not cover is declined.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly TimeSpan StampCheckInterval = TimeSpan.FromSeconds(2);

    private readonly KnowledgeStore _store;
    private readonly IReadOnlyList<Passage> _playbook;
    private readonly IGroundedAnswerWriter? _writer;
    private readonly IPassageRanker? _ranker;
    private readonly TimeProvider _time;
    private readonly RetrievalSignals _signals;
    private readonly Lock _gate = new();
    private KnowledgeSnapshot _snapshot;
    private long _stampCheckedAt;

    public KnowledgeBase(KnowledgeStore store, IReadOnlyList<Passage>? playbook = null, IGroundedAnswerWriter? writer = null,
        IPassageRanker? ranker = null, TimeProvider? time = null, RetrievalSignals? signals = null)
    {
        _signals = signals ?? RetrievalSignals.Default;
        _store = store;
        _playbook = playbook ?? PlaybookResources.Passages;
        _writer = writer;
        _ranker = ranker;
        _time = time ?? TimeProvider.System;
        _snapshot = Build();
    }

    public IReadOnlyList<Passage> Passages => Current().Passages;

    /// <summary>Reads a file, stores it under its name (replacing an earlier copy) and makes it searchable at once.</summary>
    public KnowledgeSource Ingest(string path)
    {
        var source = DocumentIngestor.Read(path, _time);
        _store.Save(source);
        lock (_gate) _snapshot = Build();
        return source;
    }

    /// <summary>The ranker's per-passage work (sentence embeddings of the passages), done now instead of at the next question.</summary>
    public int PrepareRanking(CancellationToken cancellationToken = default) =>
        _ranker is { IsEnabled: true } ranker ? ranker.Prepare(Current().Passages, cancellationToken) : 0;

    /// <summary>The passages for a question, best first (BM25, the playbook bridge, and vectors when configured).</summary>
    public Task<RetrievalResult> RetrieveAsync(string question, int count = 5, CancellationToken cancellationToken = default) =>
        RetrieveAsync(Current(), question, count, cancellationToken);

    /// <summary>The offline answer: an extract with citations, or a decline with the topics covered.</summary>
    public async Task<KnowledgeAnswer> AnswerOfflineAsync(string question, CancellationToken cancellationToken = default)
    {
        var snapshot = Current();
        var retrieval = await RetrieveAsync(snapshot, question, 5, cancellationToken).ConfigureAwait(false);
        return Extract(retrieval, snapshot);
    }

    /// <summary>
    /// The answer the bot gives: written by the LLM from the retrieved passages when one is configured and
    /// answers in time with valid citations; otherwise the extract. Declines never reach the LLM.
    /// </summary>
    public async Task<KnowledgeAnswer> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        var snapshot = Current();
        var retrieval = await RetrieveAsync(snapshot, question, 5, cancellationToken).ConfigureAwait(false);
        var extract = Extract(retrieval, snapshot);
        if (!extract.Grounded || _writer is not { IsEnabled: true }) return extract;
        return await _writer.WriteAsync(question, retrieval, extract, cancellationToken).ConfigureAwait(false) ?? extract;
    }

    // One snapshot per question: retrieval, the extract's section intros and the topics all read the same sources.
    private async Task<RetrievalResult> RetrieveAsync(KnowledgeSnapshot snapshot, string question, int count, CancellationToken cancellationToken)
    {
        var lexical = snapshot.Retriever.Retrieve(question, Math.Max(count, 10));
        var ranked = _ranker is { IsEnabled: true }
            ? await _ranker.RerankAsync(question, lexical, snapshot.Passages, cancellationToken).ConfigureAwait(false)
            : lexical;
        return ranked with { Passages = ranked.Passages.Take(count).ToList() };
    }

    /// <summary>
    /// Topics to offer with a decline, in the asker's language: the playbook's areas nearest to what the question
    /// touched first (the areas of the passages it came closest to), then the others in the playbook's order.
    /// Without a playbook, the top-level sections of the ingested documents.
    /// </summary>
    private static IReadOnlyList<string> Topics(KnowledgeSnapshot snapshot, RetrievalResult retrieval, string language)
    {
        var passages = snapshot.Passages;
        var playbook = passages.Where(p => p.Kind == PassageKind.Playbook && p.Language == language && p.Section.Count > 0).ToList();
        if (playbook.Count == 0)
            return passages.Where(p => p.Kind == PassageKind.Document && p.Section.Count > 0).Select(p => p.Section[0]).Distinct().Take(6).ToList();
        var areaOfAnchor = passages.Where(p => p.Kind == PassageKind.Playbook && p.Anchor is not null)
            .GroupBy(p => p.Anchor!).ToDictionary(g => g.Key, g => g.ToList());
        string? AreaOf(Passage passage)
        {
            if (passage.Kind == PassageKind.Playbook)
            {
                var twin = passage.Language == language ? passage
                    : passage.Anchor is { } a && areaOfAnchor.TryGetValue(a, out var twins) ? twins.FirstOrDefault(t => t.Language == language) : null;
                return twin?.Section[0];
            }
            // A guide passage: the area whose sections name its top heading.
            var top = passage.Section.Count > 0 ? passage.Section[0] : null;
            return top is null ? null : playbook.FirstOrDefault(p => p.GuideRefs.Any(r => SectionPaths.IsWithin(r, top)))?.Section[0];
        }
        var near = retrieval.Passages.Select(p => AreaOf(p.Passage)).OfType<string>();
        return near.Concat(playbook.Skip(1).Select(p => p.Section[0])).Distinct().Take(6).ToList();
    }

    private KnowledgeAnswer Extract(RetrievalResult retrieval, KnowledgeSnapshot snapshot)
    {
        var citations = retrieval.Passages.Take(3).Select(p => new Citation(p.Passage.Source, p.Passage.Title, p.Passage.SectionPath, Math.Round(p.Score, 3))).ToList();
        var language = retrieval.Plan.Language;
        if (!AnswerPolicy.ShouldAnswer(retrieval))
            return new KnowledgeAnswer(AnswerMode.Declined, "", language, language, [], Topics(snapshot, retrieval, language));
        var best = retrieval.Best!;
        // An English question is answered in English from the playbook's English twin of the cited section.
        var twin = language == "en" && best.Passage.Language != "en" ? EnglishTwin.For(best, retrieval.Plan, snapshot.Passages) : null;
        var text = twin is null ? ExtractiveComposer.Compose(retrieval, snapshot.Index) : ExtractiveComposer.Compose(retrieval.Plan, twin, snapshot.Index);
        // A passage made only of a planted instruction leaves nothing to say.
        if (text.Length == 0) return new KnowledgeAnswer(AnswerMode.Declined, "", language, language, [], Topics(snapshot, retrieval, language));
        return new KnowledgeAnswer(AnswerMode.Extractive, text, (twin ?? best.Passage).Language, language, citations, [])
        {
            SourceTerms = twin is null ? [] : SourceTerms.Quote(text, ExtractiveComposer.Compose(retrieval, snapshot.Index), best.Passage, snapshot.Passages),
        };
    }

    private KnowledgeSnapshot Current()
    {
        var now = _time.GetTimestamp();
        if (_time.GetElapsedTime(Interlocked.Read(ref _stampCheckedAt), now) < StampCheckInterval) return _snapshot;
        Interlocked.Exchange(ref _stampCheckedAt, now);
        // Another process (`kb ingest`, another instance) may have changed the stored sources.
        if (_store.Stamp() == _snapshot.Stamp) return _snapshot;
        lock (_gate)
        {
            if (_store.Stamp() != _snapshot.Stamp) _snapshot = Build();
            return _snapshot;
        }
    }

    private KnowledgeSnapshot Build()
    {
        var stamp = _store.Stamp();
        var passages = _playbook.Concat(_store.LoadAll().SelectMany(s => s.Passages)).ToList();
        return new KnowledgeSnapshot(passages, stamp, _signals);
    }
}
