using System.Security.Cryptography;

namespace DocFlow.Templates.Docx.Zip;

/// <summary>
/// The SHA-256 of archives that all begin with the same bytes: the digest state after those bytes is computed once,
/// and each archive only hashes what follows them. A DOCX's first ~440 KB are its constant parts (the embedded fonts
/// above all), the same in every document: its digest is then a comparison of those bytes (to be sure the file does
/// start with them) and the hash of the ~10 KB of its own parts.
/// </summary>
internal sealed class PrefixDigest
{
    private readonly byte[] _prefix;
    private readonly IncrementalHash _afterPrefix;

    public PrefixDigest(byte[] prefix)
    {
        _prefix = prefix;
        _afterPrefix = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _afterPrefix.AppendData(prefix);
    }

    /// <summary>The local records (headers and data) of <paramref name="entries"/>: how every archive that starts with them begins.</summary>
    public static PrefixDigest Of(IReadOnlyList<RawZipEntry> entries) => new(RawZip.Write(entries)[..RawZip.LocalSize(entries)]);

    /// <summary>Lowercase hex SHA-256 of <paramref name="data"/>, from the stored state when it starts with the prefix.</summary>
    public string Sha256(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith(_prefix)) return Convert.ToHexStringLower(SHA256.HashData(data));
        // A clone, so the stored state is never advanced; taken under a lock, as the instance is shared by every
        // rendering thread and OpenSSL does not promise concurrent copies of one context.
        IncrementalHash hash;
        lock (_afterPrefix) hash = _afterPrefix.Clone();
        using var _ = hash;
        hash.AppendData(data[_prefix.Length..]);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
