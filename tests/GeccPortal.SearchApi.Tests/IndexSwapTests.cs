using System.Diagnostics;
using System.Net;

namespace GeccPortal.SearchApi.Tests;

/// <summary>A new index generation is served without a restart, and no request in flight fails during the switch.</summary>
public sealed class IndexSwapTests
{
    private static readonly string NewRef = Uri.EscapeDataString(SampleCirculars.FireVolunteers.Ref);

    [Fact]
    public async Task Publishing_under_concurrent_load_fails_no_request_and_serves_the_new_content()
    {
        using var index = TestIndex.With(SampleCirculars.First);
        using var factory = new ApiFactory(index.Directory);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/circulars/lookup?ref=" + NewRef)).StatusCode);

        var failures = new List<string>();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 8).Select(n => Task.Run(async () =>
        {
            var queries = new[] { "ประชุม", "งบประมาณ", "มท 0810.3/ว 76", "อาสาสมัคร" };
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(queries[n % queries.Length]));
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var failure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    lock (failures)
                    {
                        failures.Add(failure);
                    }
                }
            }
        })).ToArray();

        // Several generations in a row, so swaps happen while requests run on the one before.
        for (var round = 0; round < 5; round++)
        {
            await Task.Delay(100);
            index.Publish([.. SampleCirculars.First, SampleCirculars.FireVolunteers]);
        }

        var visible = await WaitUntil(async () =>
            (await client.GetAsync("/api/circulars/lookup?ref=" + NewRef)).StatusCode == HttpStatusCode.OK);
        await Task.Delay(200);
        stop.Cancel();
        await Task.WhenAll(clients);

        Assert.True(visible, "the new generation was not served within 10 s");
        Assert.Empty(failures);
        Assert.True(requests > 50, $"only {requests} requests ran during the swaps");
    }

    private static async Task<bool> WaitUntil(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
