namespace DocFlow.Integration.Tests.Support;

/// <summary>One Azurite and one app for a whole collection: starting them is the slow part of these tests.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;
    public RunningApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartNewAsync();
        App = await RunningApp.StartAsync(Azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
