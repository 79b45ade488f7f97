using DocFlow.Functions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DocFlow.Functions.Tests.Configuration;

public sealed class DocFlowOptionsReaderTests
{
    private static DocFlowOptions Read(params (string Key, string Value)[] values) =>
        DocFlowOptionsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(), "/srv/app");

    [Fact]
    public void Defaults_are_azurite_the_local_outbox_and_port_7071()
    {
        var options = Read();
        Assert.Equal("UseDevelopmentStorage=true", options.StorageConnectionString);
        Assert.Equal("/srv/app/.docflow/outbox", options.OutboxDirectory);
        Assert.Equal("http://localhost:7071", options.PublicUrl);
        Assert.Empty(options.ApiKeys);
        Assert.Null(options.SendGridApiKey);
        Assert.True(options.RunLocalTriggers);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("1", 1)]
    [InlineData("0", -1)]
    [InlineData("many", -1)]
    public void Parallel_renders_come_from_the_setting_when_it_is_a_positive_number(string value, int expected)
    {
        var options = Read(("DOCFLOW_MAX_PARALLEL_RENDERS", value));
        Assert.Equal(expected > 0 ? expected : Math.Max(2, Environment.ProcessorCount), options.MaxParallelRenders);
    }

    [Fact]
    public void Api_keys_come_from_the_list_and_the_single_variable_without_duplicates()
    {
        var options = Read(("DocFlow:ApiKeys:0", "a"), ("DocFlow:ApiKeys:1", "b"), ("DOCFLOW_API_KEY", "a"));
        Assert.Equal(["a", "b"], options.ApiKeys);
    }

    [Fact]
    public void Account_urls_without_a_connection_string_mean_managed_identity()
    {
        var options = Read(("DOCFLOW_STORAGE_BLOB_URL", "https://acct.blob.core.windows.net"));
        Assert.Null(options.StorageConnectionString);
        Assert.True(options.UsesManagedIdentity);
        Assert.Equal("https://acct.blob.core.windows.net/", options.BlobUrl!.ToString());
    }

    [Fact]
    public void Under_the_functions_host_the_port_and_public_url_follow_the_host()
    {
        var options = Read(("FUNCTIONS_CUSTOMHANDLER_PORT", "5123"), ("WEBSITE_HOSTNAME", "docflow.azurewebsites.net"),
            ("DOCFLOW_PUBLIC_URL", "https://sign.example.com/"));
        Assert.Equal("https://sign.example.com", options.PublicUrl);
        Assert.False(options.RunLocalTriggers);
        Assert.Equal("https://docflow.azurewebsites.net", Read(("WEBSITE_HOSTNAME", "docflow.azurewebsites.net")).PublicUrl);
    }
}
