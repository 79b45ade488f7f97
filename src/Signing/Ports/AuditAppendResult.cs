namespace DocFlow.Signing.Ports;

/// <summary>Appended; AlreadyAppended (the same events, by sequence and hash, are stored: a retry); Conflict (other
/// events hold those sequence numbers, or the first event does not follow the stored last one).</summary>
public enum AuditAppendResult { Appended, AlreadyAppended, Conflict }
