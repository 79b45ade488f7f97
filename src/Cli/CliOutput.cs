namespace DocFlow.Cli;

/// <summary>Where a command writes: results to Out, diagnostics to Error. Tests pass StringWriters.</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error);
