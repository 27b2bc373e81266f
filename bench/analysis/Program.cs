// Analysis throughput, warm, in millions of characters per second: each analyzer tokenises the same Thai
// fields (the seed letters, or the text files given as arguments, cut into fields of about 3,000
// characters as circular bodies are) and every token is consumed, as the index writer does.
// The machine is shared, so the contenders take turns, pass after pass, and each keeps its fastest pass:
// load that comes and goes then slows them alike instead of whichever happened to run during it.
using System.Globalization;

using GeccPortal.Search.Analysis;
using GeccPortal.Search.Bench.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Th;
using Lucene.Net.Util;

const int Passes = 7;
var files = args.Length > 0
    ? args
    : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SeedLetters"), "*.txt");
var fields = Fields.Load(files, targetChars: 1_000_000);
var totalChars = fields.Sum(field => field.Length);

var contenders = new List<(string Name, Analyzer Analyzer)>
{
    ("Lucene.Net ThaiAnalyzer (stock)", new ThaiAnalyzer(LuceneVersion.LUCENE_48)),
    ("ours: words (normalise + ICU, no stop filter)", new WordAnalyzer()),
    ("ours: unit bigrams (normalise + clusters)", new GramAnalyzer(joinThaiAcrossSpace: true)),
};

foreach (var (_, analyzer) in contenders)
{
    Throughput.Run(analyzer, fields); // warm-up: JIT, ICU dictionaries
}

var best = contenders.Select(_ => double.MaxValue).ToArray();
var tokens = new long[contenders.Count];
var normalizeBest = double.MaxValue;
for (var pass = 0; pass < Passes; pass++)
{
    for (var i = 0; i < contenders.Count; i++)
    {
        var (seconds, count) = Throughput.Run(contenders[i].Analyzer, fields);
        best[i] = Math.Min(best[i], seconds);
        tokens[i] = count;
    }

    normalizeBest = Math.Min(normalizeBest, Throughput.Normalize(fields));
}

Console.WriteLine($"text: {fields.Count} fields, {totalChars:N0} chars from {files.Length} file(s); " +
                  $"{Environment.ProcessorCount} cores; best of {Passes} passes; load average before the report: {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| analyzer | Mchars/s | tokens |");
Console.WriteLine("|---|---:|---:|");
for (var i = 0; i < contenders.Count; i++)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {contenders[i].Name} | {totalChars / best[i] / 1e6:F1} | {tokens[i]:N0} |"));
}

// What indexing one text costs us: both views of it.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| ours: both views (what the index writer does per text) | {totalChars / (best[1] + best[2]) / 1e6:F1} | {tokens[1] + tokens[2]:N0} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| normalisation alone (NormalizedText) | {totalChars / normalizeBest / 1e6:F1} | |"));

foreach (var (_, analyzer) in contenders)
{
    analyzer.Dispose();
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
