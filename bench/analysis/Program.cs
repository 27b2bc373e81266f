// Analysis throughput, warm, in millions of characters per second: each analyzer tokenises the same Thai
// fields (the seed letters, or the text files given as arguments, cut into fields of about 3,000
// characters as circular bodies are) and every token is consumed, as the index writer does.
using System.Diagnostics;
using System.Globalization;
using GeccPortal.Search.Analysis;
using GeccPortal.Search.Bench.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Th;
using Lucene.Net.Util;

var files = args.Length > 0
    ? args
    : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SeedLetters"), "*.txt");
var fields = Fields.Load(files, targetChars: 2_000_000);
var totalChars = fields.Sum(field => field.Length);

var contenders = new (string Name, Func<Analyzer> Create)[]
{
    ("Lucene.Net ThaiAnalyzer (stock)", () => new ThaiAnalyzer(LuceneVersion.LUCENE_48)),
    ("ours: words (normalise + ICU, no stop filter)", () => new WordAnalyzer()),
    ("ours: unit bigrams (normalise + clusters)", () => new GramAnalyzer(joinThaiAcrossSpace: true)),
};

Console.WriteLine($"text: {fields.Count} fields, {totalChars:N0} chars from {files.Length} file(s); {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("| analyzer | Mchars/s | tokens |");
Console.WriteLine("|---|---:|---:|");
var secondsByName = new Dictionary<string, double>();
foreach (var (name, create) in contenders)
{
    using var analyzer = create();
    Throughput.Run(analyzer, fields, rounds: 1); // warm-up: JIT, ICU dictionaries
    var (seconds, tokens) = Throughput.Run(analyzer, fields, rounds: 5);
    secondsByName[name] = seconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {5 * totalChars / seconds / 1e6:F1} | {tokens / 5:N0} |"));
}

// What indexing one text costs us: both views of it.
var both = secondsByName.Values.Skip(1).Sum();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ours: both views (what the index writer does per text) | {5 * totalChars / both / 1e6:F1} | |"));

var clock = Stopwatch.StartNew();
var normalized = 0;
for (var round = 0; round < 5; round++)
{
    foreach (var field in fields)
    {
        normalized += NormalizedText.Create(field).Text.Length;
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| normalisation alone (NormalizedText) | {normalized / clock.Elapsed.TotalSeconds / 1e6:F1} | |"));
