using System.Text.Json.Nodes;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>Builds Bot Framework activities as raw JSON, the way a channel would send them.</summary>
public static class Activities
{
    public static JsonObject Message(string text, string locale = "zh-CN", string conversationId = "conv-1", string userId = "user-1", bool expectReplies = true, string channelId = "test")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "SalesCoachBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = locale,
            ["text"] = text,
        };
        if (expectReplies) activity["deliveryMode"] = "expectReplies";
        return activity;
    }
}
