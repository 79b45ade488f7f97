namespace DocFlow.Browser.Tests.Support;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Azurite, app and Chromium";
}
