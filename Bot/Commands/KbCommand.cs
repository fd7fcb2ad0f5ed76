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
/// `kb ingest FILE...`, `kb ask "QUESTION" [--json] [--locale zh-CN|en-US]`, `kb eval QUESTIONS.jsonl --predictions OUT.jsonl`.
/// Configuration overrides pass through as --Key=value (e.g. --SalesCoach:DataDirectory=./data).
/// </summary>
public static class KbCommand
{
    private const string Usage = "usage: kb ingest FILE... | kb ask \"QUESTION\" [--json] [--locale zh-CN|en-US] | kb explain \"QUESTION\" | kb eval QUESTIONS.jsonl --predictions OUT.jsonl [--json]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0) throw new CommandException($"missing subcommand; {Usage}");
        var options = KbCommandOptions.Parse(args[1..], Usage);
        Console.OutputEncoding = Encoding.UTF8;
        using var host = KbHost.Build(options.Configuration);
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        return args[0] switch
        {
            "ingest" => Ingest(knowledge, options),
            "ask" => await AskAsync(knowledge, options),
            "explain" => await ExplainAsync(knowledge, options),
            "eval" => await EvalAsync(knowledge, options, host.Services.GetRequiredService<IOptions<RetrievalSignals>>().Value),
            _ => throw new CommandException($"unknown subcommand '{args[0]}'; {Usage}"),
        };
    }

    private static int Ingest(KnowledgeBase knowledge, KbCommandOptions options)
    {
        if (options.Positional.Count == 0) throw new CommandException($"kb ingest needs at least one FILE; {Usage}");
        var files = options.Positional.Select(NluPaths.Resolve).ToList();
        foreach (var missing in files.Where(f => !File.Exists(f)))
            throw new CommandException($"no such file: {missing}");
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var source = ReadOrFail(knowledge, file);
            var sections = source.Passages.Select(p => p.SectionPath).Distinct().Count();
            if (options.Json)
                Console.WriteLine(JsonSerializer.Serialize(new { source = source.Name, title = source.Title, passages = source.Passages.Count, sections, ms = watch.ElapsedMilliseconds }, NluCommand.Json));
            else
                Console.WriteLine($"ingested {source.Name} \"{source.Title}\": {source.Passages.Count} passages in {sections} sections ({watch.ElapsedMilliseconds} ms)");
        }
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

    private static async Task<int> AskAsync(KnowledgeBase knowledge, KbCommandOptions options)
    {
        if (options.Positional.Count != 1) throw new CommandException($"kb ask takes one QUESTION; {Usage}");
        var question = options.Positional[0];
        var locale = options.Locale ?? Locales.Resolve(null, null, question);
        var answer = await knowledge.AskAsync(question);
        if (options.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(KbPrediction.From(null, answer, locale), NluCommand.Json));
            return 0;
        }
        Console.WriteLine(KnowledgeAnswerText.Markdown(answer, locale));
        return 0;
    }

    // Why a question gets the passages it gets: the plan's groups (what counts towards coverage) and the top passages.
    private static async Task<int> ExplainAsync(KnowledgeBase knowledge, KbCommandOptions options)
    {
        if (options.Positional.Count != 1) throw new CommandException($"kb explain takes one QUESTION; {Usage}");
        var retrieval = await knowledge.RetrieveAsync(options.Positional[0], 8);
        Console.WriteLine($"language {retrieval.Plan.Language}, asks for a figure: {retrieval.Plan.AsksForFigure}, coverage besides names: {retrieval.CoverageBesidesNames?.ToString("0.00") ?? "-"}");
        foreach (var group in retrieval.Plan.Groups)
            Console.WriteLine($"  group {group.Label} ({group.Weight}): {string.Join(' ', group.Terms.Where(t => t.Field is "zh" or "en" or "card_en").Select(t => $"{t.Field}:{t.Term}"))}");
        foreach (var p in retrieval.Passages)
            Console.WriteLine($"  {p.Score,8:0.00} cov {p.Coverage:0.00} {p.Passage.Language} {p.Passage.Kind} {p.Passage.SectionPath}");
        return 0;
    }

    private static async Task<int> EvalAsync(KnowledgeBase knowledge, KbCommandOptions options, RetrievalSignals signals)
    {
        if (options.Positional.Count != 1) throw new CommandException($"kb eval takes one QUESTIONS.jsonl; {Usage}");
        if (options.Predictions is null) throw new CommandException($"--predictions OUT.jsonl is required; {Usage}");
        IReadOnlyList<KbQuestion> questions;
        try
        {
            questions = KbQuestionFile.Read(NluPaths.Resolve(options.Positional[0]));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ex.Message);
        }
        var evaluation = new KbEvaluation();
        var lines = new List<string>(questions.Count);
        foreach (var question in questions)
        {
            var answer = await knowledge.AskAsync(question.Question);
            evaluation.Add(question, answer);
            var locale = question.Lang == "en" ? Locales.English : Locales.Chinese;
            lines.Add(JsonSerializer.Serialize(KbPrediction.From(question.Id, answer, locale), NluCommand.Json));
        }
        try
        {
            File.WriteAllLines(NluPaths.Resolve(options.Predictions), lines);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot write {options.Predictions}: {ex.Message}");
        }
        KbEvalReport.Print(evaluation, options.Predictions, signals.ToString(), options.Json);
        return 0;
    }
}
