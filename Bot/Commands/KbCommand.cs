using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Evaluation;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `kb ingest FILE...`, `kb ask "QUESTION" [--json] [--locale zh-CN|en-US]`, `kb explain "QUESTION"`,
/// `kb eval QUESTIONS.jsonl --predictions OUT.jsonl` (arguments in KbCommandDefinition). Each builds only
/// the knowledge services, with the configuration overrides given as --Key=value.
/// </summary>
public static class KbCommand
{
    internal static int Ingest(string[] paths, bool json, string[] overrides)
    {
        var files = paths.Select(NluPaths.Resolve).ToList();
        foreach (var missing in files.Where(f => !File.Exists(f)))
            throw new CommandException($"no such file: {missing}");
        using var host = KbHost.Build(overrides);
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        Console.OutputEncoding = Encoding.UTF8;
        using var progress = TerminalProgress.ForConsole();
        for (var i = 0; i < files.Count; i++)
        {
            progress.Report($"Ingesting {Path.GetFileName(files[i])} ({i + 1}/{files.Count})...");
            var watch = Stopwatch.StartNew();
            var source = ReadOrFail(knowledge, files[i]);
            var sections = source.Passages.Select(p => p.SectionPath).Distinct().Count();
            progress.Clear();
            if (json)
                Console.WriteLine(JsonSerializer.Serialize(new { source = source.Name, title = source.Title, passages = source.Passages.Count, sections, ms = watch.ElapsedMilliseconds }, NluCommand.Json));
            else
                Console.WriteLine($"ingested {source.Name} \"{source.Title}\": {source.Passages.Count} passages in {sections} sections ({watch.ElapsedMilliseconds} ms)");
        }
        // Embedding the passages takes seconds once; done here, the bot's first English question does not wait for it.
        progress.Report("Embedding the passages for English questions...");
        var embedding = Stopwatch.StartNew();
        var views = knowledge.PrepareRanking();
        progress.Clear();
        if (views > 0 && !json) Console.WriteLine($"sentence embeddings: {views} English texts ready ({embedding.ElapsedMilliseconds} ms; cached)");
        return 0;
    }

    private static Knowledge.Documents.KnowledgeSource ReadOrFail(KnowledgeBase knowledge, string file)
    {
        try
        {
            return knowledge.Ingest(file);
        }
        // Whatever a reader throws on a damaged or unsupported file (PdfPig, OpenXml, AngleSharp each have their own), the user gets one line.
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new CommandException($"cannot read {Path.GetFileName(file)}: {ex.Message.Split('\n')[0]}");
        }
    }

    internal static async Task<int> AskAsync(string question, string? requestedLocale, bool json, string[] overrides)
    {
        using var host = KbHost.Build(overrides);
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        Console.OutputEncoding = Encoding.UTF8;
        var locale = requestedLocale ?? Locales.Resolve(null, null, question);
        var answer = await knowledge.AskAsync(question);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(KbPrediction.From(null, answer, locale), NluCommand.Json));
            return 0;
        }
        Console.WriteLine(KnowledgeAnswerText.Markdown(answer, locale));
        return 0;
    }

    // Why a question gets the passages it gets: the plan's groups (what counts towards coverage) and the top passages.
    internal static async Task<int> ExplainAsync(string question, string[] overrides)
    {
        using var host = KbHost.Build(overrides);
        Console.OutputEncoding = Encoding.UTF8;
        var retrieval = await host.Services.GetRequiredService<KnowledgeBase>().RetrieveAsync(question, 8);
        Console.WriteLine($"language {retrieval.Plan.Language}, asks for a figure: {retrieval.Plan.AsksForFigure}, coverage besides names: {retrieval.CoverageBesidesNames?.ToString("0.00") ?? "-"}");
        foreach (var group in retrieval.Plan.Groups)
            Console.WriteLine($"  group {group.Label} ({group.Weight}): {string.Join(' ', group.Terms.Where(t => t.Field is "zh" or "en" or "card_en").Select(t => $"{t.Field}:{t.Term}"))}");
        foreach (var p in retrieval.Passages)
            Console.WriteLine($"  {p.Score,8:0.00} cov {p.Coverage:0.00} {p.Passage.Language} {p.Passage.Kind} {p.Passage.SectionPath}");
        return 0;
    }

    internal static async Task<int> EvalAsync(string file, string predictions, bool json, string[] overrides)
    {
        IReadOnlyList<KbQuestion> questions;
        try
        {
            questions = KbQuestionFile.Read(NluPaths.Resolve(file));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ex.Message);
        }
        using var host = KbHost.Build(overrides);
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        var signals = host.Services.GetRequiredService<IOptions<RetrievalSignals>>().Value;
        Console.OutputEncoding = Encoding.UTF8;
        var evaluation = new KbEvaluation();
        var lines = new List<string>(questions.Count);
        using (var progress = TerminalProgress.ForConsole())
            foreach (var (question, number) in questions.Select((q, i) => (q, i + 1)))
            {
                progress.Report($"Answering question {number}/{questions.Count}...");
                var answer = await knowledge.AskAsync(question.Question);
                evaluation.Add(question, answer);
                var locale = question.Lang == "en" ? Locales.English : Locales.Chinese;
                lines.Add(JsonSerializer.Serialize(KbPrediction.From(question.Id, answer, locale), NluCommand.Json));
            }
        try
        {
            File.WriteAllLines(NluPaths.Resolve(predictions), lines);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot write {predictions}: {ex.Message}");
        }
        KbEvalReport.Print(evaluation, predictions, signals.ToString(), json);
        return 0;
    }
}
