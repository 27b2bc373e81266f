using System.Globalization;

using GeccPortal.Bench.RateClient;

// rate-client <base-url> <paths-file> <requests-per-second> <seconds>
if (args.Length != 4
    || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUrl)
    || !File.Exists(args[1])
    || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rate) || rate <= 0
    || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
{
    Console.Error.WriteLine("usage: rate-client <base-url> <paths-file> <requests-per-second> <seconds>");
    return 2;
}

var paths = File.ReadAllLines(args[1]).Where(line => line.Length > 0).ToArray();
if (paths.Length == 0)
{
    Console.Error.WriteLine($"{args[1]}: no request paths");
    return 2;
}

using var client = OpenLoopRun.CreateClient(baseUrl);
// Two seconds at the same rate first, not counted: the client's own JIT and connection set-up are not the API's
// latency. The measured run goes on from the next path, so a list of distinct paths stays distinct.
const int WarmUpSeconds = 2;
var first = Random.Shared.Next(paths.Length);
await OpenLoopRun.RunAsync(client, paths, first, rate, TimeSpan.FromSeconds(WarmUpSeconds));
var result = await OpenLoopRun.RunAsync(client, paths, first + (rate * WarmUpSeconds), rate, TimeSpan.FromSeconds(seconds));
Console.WriteLine(result.Describe());
return 0;
