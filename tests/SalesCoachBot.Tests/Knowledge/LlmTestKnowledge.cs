using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.Llm;

namespace SalesCoach.Tests.Knowledge;

/// <summary>The real LLM registration pointed at the local OpenAI-compatible stub, wrapped as the answer writer.</summary>
internal static class LlmTestKnowledge
{
    public static IGroundedAnswerWriter Writer(OpenAiStubServer stub, int timeoutSeconds = 5) =>
        new LlmAnswerWriter(LlmTestServices.Build(LlmTestServices.OpenAiCompatible(stub, timeoutSeconds)).Client());
}
