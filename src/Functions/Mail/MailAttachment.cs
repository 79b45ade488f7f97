namespace DocFlow.Functions.Mail;

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
