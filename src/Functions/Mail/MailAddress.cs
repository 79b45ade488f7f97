namespace DocFlow.Functions.Mail;

public sealed record MailAddress(string Email, string? Name = null);
