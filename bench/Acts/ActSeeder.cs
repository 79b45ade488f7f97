using Azure.Data.Tables;
using DocFlow.Functions.Storage;

namespace DocFlow.Bench.Acts;

/// <summary>
/// Writes due stage rows straight into the acts table, as ActRegistrar leaves them for signed agreements: one
/// partition per agreement, one row per stage, waiting, due on a past day in Europe/Moscow. Batches of one partition.
/// </summary>
public static class ActSeeder
{
    public static async Task SeedAsync(TableClient table, int agreements, int stagesPerAgreement, DateOnly dueOn)
    {
        await Parallel.ForEachAsync(Enumerable.Range(1, agreements), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (agreement, token) =>
            {
                var id = $"bench-{agreement:D5}";
                var rows = Enumerable.Range(1, stagesPerAgreement).Select(stage => new TableTransactionAction(TableTransactionActionType.Add,
                    new ActEntity
                    {
                        PartitionKey = id, RowKey = $"s{stage:D3}", Phase = ActPhases.Waiting,
                        DueOn = dueOn.ToString("yyyy-MM-dd"), TimeZone = "Europe/Moscow",
                    }));
                // A table transaction holds at most 100 operations.
                foreach (var chunk in rows.Chunk(100)) await table.SubmitTransactionAsync(chunk, token);
            });
    }
}
