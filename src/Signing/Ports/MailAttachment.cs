namespace DocFlow.Signing.Ports;

public sealed record MailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
