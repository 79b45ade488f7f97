namespace DocFlow.Functions.Mail;

public enum MailDeliveryOutcome { Accepted, Retry, Rejected }
