using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DocFlow.Signing.Ids;

/// <summary>
/// Sortable identifiers in the ULID layout: 48 bits of Unix milliseconds then 80 random bits, as 26 Crockford base-32
/// characters. Ids created later sort later as strings, so table keys list envelopes in creation order.
/// </summary>
public sealed class IdGenerator(TimeProvider time)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 26;

    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        var millis = (ulong)time.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
            bytes[i] = (byte)(millis >> (8 * (5 - i)));
        RandomNumberGenerator.Fill(bytes[6..]);
        return Encode(bytes);
    }

    // 128 bits read as 26 five-bit groups, the first group holding only the top 3 bits (ULID spec).
    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        Span<char> chars = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
