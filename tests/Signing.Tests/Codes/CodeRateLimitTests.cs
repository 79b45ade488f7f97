using DocFlow.Signing.Codes;

namespace DocFlow.Signing.Tests.Codes;

public class CodeRateLimitTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_requests_means_no_wait() => Assert.Null(CodeRateLimit.RetryAfter([], T));

    [Fact]
    public void Within_a_minute_of_the_last_request_wait_for_the_rest_of_the_minute() =>
        Assert.Equal(TimeSpan.FromSeconds(15), CodeRateLimit.RetryAfter([T], T.AddSeconds(45)));

    [Fact]
    public void Five_in_the_last_hour_wait_until_the_oldest_of_them_leaves_the_window()
    {
        DateTimeOffset[] requests = [T, T.AddMinutes(5), T.AddMinutes(10), T.AddMinutes(15), T.AddMinutes(20)];
        Assert.Equal(TimeSpan.FromMinutes(30), CodeRateLimit.RetryAfter(requests, T.AddMinutes(30)));
        Assert.Null(CodeRateLimit.RetryAfter(requests, T.AddMinutes(60)));
    }

    [Fact]
    public void Requests_older_than_an_hour_are_forgotten() =>
        Assert.Equal([T.AddMinutes(30)], CodeRateLimit.Recent([T, T.AddMinutes(30)], T.AddMinutes(60)));
}
