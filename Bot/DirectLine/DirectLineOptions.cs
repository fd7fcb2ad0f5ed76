namespace SalesCoach.Bot.DirectLine;

/// <summary>The web chat's Direct Line: the embedded endpoint (default) or Azure Bot Service (section "SalesCoach:DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "SalesCoach:DirectLine";

    /// <summary>Serve /v3/directline from this host. Defaults to on unless an Azure Direct Line secret is configured.</summary>
    public bool? Embedded { get; set; }

    /// <summary>Lifetime of a token handed to the page; clients refresh before it ends.</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>
    /// HMAC key (base64, at least 32 bytes) for the embedded tokens. Set it when several instances serve
    /// one site; otherwise a key is generated once and kept in the data directory.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The Azure Direct Line base URL used with the secret (regional endpoints differ).</summary>
    public string AzureEndpoint { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>The URL this host's bot replies are posted back to; derived from the listening address when empty.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Largest activity a client may post (bytes).</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Intranet origins allowed to call the token and Direct Line endpoints from their own pages (the
    /// script-tag embed). Empty: same origin only, which is all the iframe embed needs.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Token requests allowed per client address per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 30;
}
