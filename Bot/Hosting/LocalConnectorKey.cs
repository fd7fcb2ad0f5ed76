using System.Security.Cryptography;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// A random key minted at start: the local connector endpoint accepts replies only from this process's
/// LocalChannelAdapter, which sends the key in a header. Nothing outside the process ever sees it.
/// </summary>
public sealed class LocalConnectorKey
{
    public const string HeaderName = "X-SalesCoach-Connector-Key";
    public const string HttpClientName = "local-connector";

    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(candidate), System.Text.Encoding.ASCII.GetBytes(Value));
}
