using System.Net.Sockets;
using Azure;
using DocFlow.Functions.Storage;

namespace DocFlow.Functions.Tests.Storage;

public sealed class StorageFaultsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void Storage_answers_are_outages_only_when_retrying_could_help(int status, bool unavailable) =>
        Assert.Equal(unavailable, StorageFaults.IsUnavailable(new RequestFailedException(status, "x")));

    [Fact]
    public void Network_failures_wrapped_by_the_sdk_retries_are_outages()
    {
        var refused = new RequestFailedException("refused", new HttpRequestException("refused", new SocketException(111)));
        Assert.True(StorageFaults.IsUnavailable(new AggregateException(refused, refused)));
        Assert.False(StorageFaults.IsUnavailable(new InvalidOperationException("bug")));
    }
}
