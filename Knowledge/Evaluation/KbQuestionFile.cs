using System.Text.Json;

namespace SalesCoach.Knowledge.Evaluation;

/// <summary>Reads a question set; a bad line is reported with its number.</summary>
public static class KbQuestionFile
{
    public static IReadOnlyList<KbQuestion> Read(string path)
    {
        var questions = new List<KbQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                questions.Add(JsonSerializer.Deserialize<KbQuestion>(line) ?? throw new FormatException("empty"));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: {ex.Message}");
            }
        }
        return questions;
    }
}
