using DocFlow.Agreements.Model;

namespace DocFlow.Agreements.Validation;

/// <summary>
/// Reads agreement JSON and reports every problem at once, each with its JSON path. Walks the raw JSON first
/// (types, required fields, ranges, unknown fields) so one bad value does not hide the others.
/// </summary>
public sealed class AgreementReader
{
    public ReadResult Read(string json) => throw new NotImplementedException();
}
