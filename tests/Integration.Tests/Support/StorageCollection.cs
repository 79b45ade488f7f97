namespace DocFlow.Integration.Tests.Support;

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<StorageFixture>
{
    public const string Name = "Azurite and app";
}
