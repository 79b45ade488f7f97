using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DocFlow.Integration.Tests.Support;

/// <summary>
/// Its own Azurite and app whose clock the test turns (TimeProvider), so weeks of an agreement's life pass in seconds
/// and nothing another test stored is in the way of its morning runs.
/// </summary>
public sealed class ClockedApp : IAsyncDisposable
{
    public required Azurite Azurite { get; init; }
    public required RunningApp App { get; init; }
    public required FakeTimeProvider Clock { get; init; }

    /// <summary>Moscow (UTC+3, no DST): the samples' time zone.</summary>
    public static DateTimeOffset Moscow(int year, int month, int day, int hour = 10) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(3));

    public static async Task<ClockedApp> StartAsync(DateTimeOffset start)
    {
        var clock = new FakeTimeProvider(start);
        var azurite = await Azurite.StartNewAsync();
        var app = await RunningApp.StartAsync(azurite.ConnectionString,
            services: services => services.AddSingleton<TimeProvider>(clock));
        return new ClockedApp { Azurite = azurite, App = app, Clock = clock };
    }

    public void SetNow(DateTimeOffset now) => Clock.SetUtcNow(now);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
