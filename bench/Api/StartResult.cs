namespace DocFlow.Bench.Api;

/// <summary>One start of the built app as its own process: when it first answered health, its first 201, its peak RSS under load.</summary>
public sealed record StartResult(TimeSpan FirstHealth, TimeSpan FirstCreated, long PeakRssMegabytes);
