namespace DocFlow.Agreements.Model;

public sealed record Schedule
{
    public required DateOnly Start { get; init; }
    public required decimal HoursPerDay { get; init; }
    /// <summary>"mon".."sun".</summary>
    public IReadOnlyList<string> WorkingDays { get; init; } = ["mon", "tue", "wed", "thu", "fri"];
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
    public decimal BufferPercent { get; init; }
}
