using System.Text.RegularExpressions;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Tests.Manifest;

/// <summary>What the app creates at start-up locally, the Bicep declares in Azure: a new table or queue added to the
/// code and forgotten in infra/bicep fails here, not at the first request in production.</summary>
public sealed class InfrastructureStorageTests
{
    private static readonly string Bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "bicep", "modules", "storage.bicep"));

    public static TheoryData<string> Names() =>
        [.. StorageNames.Containers.Concat(StorageNames.Tables).Concat(StorageNames.Queues)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_container_table_and_queue_of_the_app_is_declared(string name) =>
        Assert.Matches(new Regex($"['\"]{Regex.Escape(name)}['\"]"), Bicep);
}
