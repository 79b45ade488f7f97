namespace DocFlow.Agreements.Validation;

/// <summary>Collects every problem of one read, so all of them are reported at once.</summary>
internal sealed class ProblemSink
{
    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];

    public IReadOnlyList<Problem> Errors => _errors;
    public IReadOnlyList<Problem> Warnings => _warnings;

    public void Error(string path, string message) => _errors.Add(new Problem(path, message));
    public void Warning(string path, string message) => _warnings.Add(new Problem(path, message));
}
