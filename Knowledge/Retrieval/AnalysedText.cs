using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// A text analysed once: its tokens with their position increments. The index is fed a replay of them, and the
/// same tokens are the passage's terms for coverage, so SmartCn and the other analyzers read each text only once.
/// </summary>
internal sealed class AnalysedText
{
    private readonly List<(string Term, int Increment)> _tokens = [];

    private AnalysedText()
    {
    }

    public static AnalysedText Of(Analyzer analyzer, string text)
    {
        var analysed = new AnalysedText();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) analysed._tokens.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return analysed;
    }

    public HashSet<string> Terms() => [.. _tokens.Select(t => t.Term)];

    /// <summary>The tokens as the analyzer gave them (terms and positions), for a field that must not be analysed again.</summary>
    public TokenStream Replay() => new ReplayStream(_tokens);

    private sealed class ReplayStream : TokenStream
    {
        private readonly List<(string Term, int Increment)> _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public ReplayStream(List<(string Term, int Increment)> tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Count) return false;
            ClearAttributes();
            var (term, increment) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
