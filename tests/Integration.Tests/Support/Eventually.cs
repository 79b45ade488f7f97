namespace DocFlow.Integration.Tests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails the test with the message when it never does.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string message, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail(message);
            await Task.Delay(100);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string message, TimeSpan? patience = null) =>
        HoldsAsync(() => Task.FromResult(condition()), message, patience);
}
