using System.Text;
using DocFlow.Functions.Configuration;

namespace DocFlow.Functions.Mail;

/// <summary>
/// Local delivery: each mail becomes {outbox}/{id}.eml (opens in any mail client) and its links are logged.
/// Writing the same id again replaces the file, so a re-sent mail is still one file.
/// </summary>
public sealed class EmlMailTransport(DocFlowOptions options, ILogger<EmlMailTransport> logger) : IMailTransport
{
    public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.OutboxDirectory);
        var path = Path.Combine(options.OutboxDirectory, SafeFileName(message.Id) + ".eml");
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, EmlWriter.Write(message, new MailAddress(options.MailFrom, options.MailFromName)),
            Encoding.ASCII, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        logger.LogInformation("Mail \"{Subject}\" to {To} written to {Path}", message.Subject,
            string.Join(", ", message.To.Select(to => to.Email)), path);
        foreach (var link in message.Links) logger.LogInformation("  link for {To}: {Link}", message.To[0].Email, link);
        return MailDelivery.Accepted(path);
    }

    private static string SafeFileName(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
