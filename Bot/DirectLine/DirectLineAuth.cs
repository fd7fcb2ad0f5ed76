namespace SalesCoach.Bot.DirectLine;

/// <summary>Reads the bearer token of a Direct Line request and checks it against the conversation in the path.</summary>
public static class DirectLineAuth
{
    public static DirectLineToken? Authenticate(HttpRequest request, DirectLineTokenService tokens)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? tokens.Validate(header[scheme.Length..].Trim()) : null;
    }

    /// <summary>Null when the request may act on <paramref name="conversationId"/>; otherwise the 401/403 to return.</summary>
    public static IResult? Check(HttpRequest request, DirectLineTokenService tokens, string? conversationId, out DirectLineToken token)
    {
        token = Authenticate(request, tokens)!;
        if (token is null) return DirectLineResults.MissingToken();
        if (conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            return DirectLineResults.Forbidden();
        return null;
    }
}
