using System.Text.Json;
using DocFlow.Functions.Triggers;

namespace DocFlow.Functions.Tests.Triggers;

public sealed class TriggerPayloadTests
{
    [Theory]
    [InlineData("\"{\\\"agreementId\\\":\\\"a\\\",\\\"stageId\\\":\\\"s\\\"}\"")]
    [InlineData("{\"agreementId\":\"a\",\"stageId\":\"s\"}")]
    public void Queue_message_is_read_whether_the_host_sends_it_as_text_or_as_an_object(string json)
    {
        var request = TriggerEndpoints.ParseActRequest(JsonDocument.Parse(json).RootElement);
        Assert.Equal(new ActRequest("a", "s"), request);
    }

    [Theory]
    [InlineData("\"not json\"")]
    [InlineData("{\"agreementId\":\"a\"}")]
    [InlineData("42")]
    public void Malformed_messages_are_refused(string json) =>
        Assert.Null(TriggerEndpoints.ParseActRequest(JsonDocument.Parse(json).RootElement));
}
