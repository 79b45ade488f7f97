using DocFlow.Functions.Http;

namespace DocFlow.Functions.Processing;

/// <summary>What a service decided, before HTTP: the endpoints turn it into a response (see <see cref="Answers"/>).</summary>
public abstract record ServiceAnswer
{
    private ServiceAnswer() { }

    public sealed record Success(int Status, string Json, string? Location = null) : ServiceAnswer;
    public sealed record Invalid(IReadOnlyList<ProblemError> Errors, IReadOnlyList<ProblemError> Warnings) : ServiceAnswer;
    public sealed record Conflict(string Detail) : ServiceAnswer;
    public sealed record NotFound(string Detail) : ServiceAnswer;
}
