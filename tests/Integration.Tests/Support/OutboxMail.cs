using System.Text;
using System.Text.RegularExpressions;

namespace DocFlow.Integration.Tests.Support;

/// <summary>One .eml file the app wrote, read back as a person's mail client would: decoded headers, text, attachments.</summary>
public sealed partial record OutboxMail(string File, string Id, IReadOnlyList<string> To, string Subject, string Text, string Html,
    IReadOnlyList<(string FileName, byte[] Content)> Attachments)
{
    /// <summary>The first signing link in the text (…/sign/{token}).</summary>
    public string? SigningLink => SignLink().Match(Text) is { Success: true } m ? m.Value : null;

    /// <summary>The token part of <see cref="SigningLink"/>.</summary>
    public string? Token => SigningLink?.Split("/sign/")[1];

    /// <summary>The 6-digit one-time code a code mail carries.</summary>
    public string? Code => CodeDigits().Match(Text) is { Success: true } m ? m.Groups[1].Value : null;

    public static OutboxMail Read(string file)
    {
        var raw = System.IO.File.ReadAllText(file);
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..headerEnd];
        string Header(string name) => Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline).Groups[1].Value.TrimEnd('\r');
        var to = Recipients(Header("To")).Select(a => AddressOnly().Match(a) is { Success: true } m ? m.Groups[1].Value : a).ToArray();
        var id = Header("Message-ID").Trim('<', '>').Replace("@docflow", "");
        string text = "", html = "";
        var attachments = new List<(string, byte[])>();
        foreach (Match part in Part().Matches(raw))
        {
            var partHeaders = part.Groups[1].Value;
            var content = Convert.FromBase64String(part.Groups[2].Value.Replace("\r\n", ""));
            var name = Regex.Match(partHeaders, "filename=\"([^\"]+)\"");
            if (name.Success) attachments.Add((DecodeWord(name.Groups[1].Value), content));
            else if (partHeaders.Contains("text/plain")) text = Encoding.UTF8.GetString(content);
            else if (partHeaders.Contains("text/html")) html = Encoding.UTF8.GetString(content);
        }
        return new OutboxMail(file, id, to, DecodeWord(Header("Subject")), text, html, attachments);
    }

    public static IReadOnlyList<OutboxMail> ReadAll(string directory) =>
        [.. Directory.GetFiles(directory, "*.eml").Select(Read)];

    /// <summary>The addresses of a To: header, split at commas outside quoted display names ("Brooks, Daniel" &lt;d@x&gt;).</summary>
    private static IEnumerable<string> Recipients(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (quoted && header[i] == '\\') i++;
            else if (header[i] == '"') quoted = !quoted;
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i].Trim();
                start = i + 1;
            }
        }
        yield return header[start..].Trim();
    }

    private static string DecodeWord(string value) => EncodedWord().Match(value) is { Success: true } m
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))
        : value;

    [GeneratedRegex(@"https?://[^\s""<>]+/sign/[A-Za-z0-9_-]+")]
    private static partial Regex SignLink();

    [GeneratedRegex(@":\s*(\d{6})\b")]
    private static partial Regex CodeDigits();

    // The angle address ends the recipient; a quoted display name before it may hold "<" and ">" of its own.
    [GeneratedRegex(@"<([^<>""]+)>$")]
    private static partial Regex AddressOnly();

    [GeneratedRegex(@"^=\?utf-8\?B\?([^?]*)\?=$")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"--[^\r\n]+\r\n((?:Content-[^\r\n]+\r\n)+)\r\n([A-Za-z0-9+/=\r\n]+?)\r\n(?=--)")]
    private static partial Regex Part();
}
