using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// One fetch of the channel's JWKS: the signing keys by <c>kid</c>, and for each key the channel ids it is endorsed for
/// (the Bot Framework's extra <c>endorsements</c> array on each key). Both come from the same document, so they agree.
/// </summary>
internal sealed class BotFrameworkSigningKeys(
    IReadOnlyDictionary<string, SecurityKey> keysById,
    IReadOnlyDictionary<string, IReadOnlySet<string>> endorsementsByKeyId,
    DateTimeOffset fetchedAt)
{
    public IReadOnlyDictionary<string, SecurityKey> KeysById { get; } = keysById;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> EndorsementsByKeyId { get; } = endorsementsByKeyId;

    public DateTimeOffset FetchedAt { get; } = fetchedAt;

    public bool Contains(string keyId) => KeysById.ContainsKey(keyId);
}
