using DocFlow.Agreements.Model;
using DocFlow.Agreements.Planning;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Acts;

/// <summary>An agreement's row, its data (with the stored id) and its computed plan.</summary>
public sealed record LoadedAgreement(AgreementEntity Entity, Agreement Agreement, AgreementPlan Plan, string Fingerprint)
{
    public string Id => Entity.PartitionKey;
}
