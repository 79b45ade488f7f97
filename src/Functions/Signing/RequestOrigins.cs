using DocFlow.Signing.Flow;

namespace DocFlow.Functions.Signing;

/// <summary>
/// Who sent a signer's request, for the trail and the certificate. Behind the Functions front end the connection is the
/// host's, so the first X-Forwarded-For address is the client's; directly on Kestrel the connection's address is.
/// </summary>
public static class RequestOrigins
{
    public const int MaxUserAgentLength = 512;

    public static RequestOrigin Of(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim();
        var ip = forwarded.Length is > 0 and <= 64 ? forwarded : context.Connection.RemoteIpAddress?.ToString();
        var agent = context.Request.Headers.UserAgent.ToString();
        return new RequestOrigin(ip, agent.Length == 0 ? null : agent[..Math.Min(agent.Length, MaxUserAgentLength)]);
    }
}
