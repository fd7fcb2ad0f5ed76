using System.Text.Encodings.Web;
using System.Text.Json;

namespace SalesCoach.Tests.Reminders;

internal static class Json
{
    /// <summary>Chinese and quotes as they are, so assertions can look for them in serialized cards.</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
