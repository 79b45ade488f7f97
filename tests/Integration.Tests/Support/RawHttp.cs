using System.Net.Sockets;
using System.Text;

namespace DocFlow.Integration.Tests.Support;

/// <summary>
/// A request over a bare socket. A server that refuses a large body answers before the body is sent and closes the
/// connection; HttpClient then reports the broken pipe of its unfinished upload instead of the answer. Here the upload
/// may fail and the answer is read all the same.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Head)> PostAsync(Uri baseAddress, string path, IReadOnlyDictionary<string, string> headers,
        byte[] body, bool chunked = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n").Append("\r\n");
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            for (var offset = 0; offset < body.Length; offset += 64 * 1024)
            {
                var part = body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset));
                if (chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{part.Length:X}\r\n"));
                await stream.WriteAsync(part);
                if (chunked) await stream.WriteAsync("\r\n"u8.ToArray());
            }
            if (chunked) await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server stopped reading: its answer is waiting in the receive buffer.
        }
        var answer = await ReadHeadAsync(stream);
        var status = int.Parse(answer.Split(' ', 3)[1]);
        return (status, answer);
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        while (!Encoding.ASCII.GetString(received.ToArray()).Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0) break;
            received.Write(buffer, 0, read);
        }
        return Encoding.ASCII.GetString(received.ToArray());
    }
}
