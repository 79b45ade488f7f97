namespace DocFlow.Agreements.Model;

/// <summary>Price of an hour; an option without its own price costs hours × hourly.</summary>
public sealed record Rate(decimal Hourly);
