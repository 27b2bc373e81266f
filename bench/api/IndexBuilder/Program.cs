using System.Diagnostics;
using System.Globalization;

using GeccPortal.Bench.ApiIndex;
using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

// dotnet run --project bench/api/IndexBuilder -c Release -- INDEX_DIR PATHS_DIR [COUNT] [SEED]
// Writes a synthetic index into INDEX_DIR, and into PATHS_DIR the request paths wrk replays:
// search-paths.txt (2,000 text, reference and filtered queries, replayed: the searcher's response cache holds
// them all after warm-up), search-unique-paths.txt (20,000 distinct queries: every one a cache miss),
// lookup-paths.txt (2,000 refs in several spellings, replayed), lookup-unique-paths.txt (every ref, no spelling twice)
// and lookup-slip-paths.txt (every ref with one slip no circular has: misses that ask "did you mean").
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: IndexBuilder INDEX_DIR PATHS_DIR [COUNT=10000] [SEED=1]");
    return 2;
}

var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var documents = new SyntheticCirculars(seed).Generate(count).ToList();

var clock = Stopwatch.StartNew();
CircularIndex.Write(args[0], documents);
Console.WriteLine($"indexed {documents.Count} circulars in {clock.Elapsed.TotalSeconds:0.0} s");

Directory.CreateDirectory(args[1]);
var random = new Random(seed);
string[] words = ["ศูนย์ราชการสะดวก", "งบประมาณ", "ประชุมชี้แจง", "องค์กรปกครองส่วนท้องถิ่น", "มาตรฐาน", "ประชาสัมพันธ์",
    "ใบสมัคร", "ประชุมทางไกล", "อำนวยความสะดวก", "GECC", "ไครบุตร", "วิดีโอ", "ความพึงพอใจ", "เว็บไซต์"];
string Search() => random.Next(6) switch
{
    0 => "/api/search?q=" + Uri.EscapeDataString(words[random.Next(words.Length)] + " " + words[random.Next(words.Length)]),
    1 => "/api/search?q=" + Uri.EscapeDataString(PartialRef(documents[random.Next(documents.Count)])),
    2 => "/api/search?q=" + Uri.EscapeDataString(words[random.Next(words.Length)]) + "&agency=" + Uri.EscapeDataString(documents[random.Next(documents.Count)].Agency),
    3 => "/api/search?q=" + Uri.EscapeDataString(words[random.Next(words.Length)]) + "&sort=date&from=2567-01-01&to=2568-12-31",
    _ => "/api/search?q=" + Uri.EscapeDataString(words[random.Next(words.Length)]),
};
var searches = Enumerable.Range(0, 2000).Select(_ => Search()).ToList();
var unique = new HashSet<string>();
var agencies = documents.Select(document => document.Agency).Distinct().ToArray();
while (unique.Count < 20_000)
{
    // Words, agency, years, sort and page vary independently: over 150,000 combinations, as people browsing do.
    var q = words[random.Next(words.Length)] + (random.Next(2) == 0 ? "" : " " + words[random.Next(words.Length)]);
    var agency = random.Next(3) == 0 ? "" : "&agency=" + Uri.EscapeDataString(agencies[random.Next(agencies.Length)]);
    var year = 2563 + random.Next(6);
    unique.Add(string.Create(CultureInfo.InvariantCulture,
        $"/api/search?q={Uri.EscapeDataString(q)}{agency}&from={year}-01-01&sort={(random.Next(2) == 0 ? "date" : "relevance")}&page={random.Next(1, 6)}"));
}

var lookups = Enumerable.Range(0, 2000).Select(i =>
{
    var reference = CircularRef.Parse(documents[random.Next(documents.Count)].Ref);
    var spelling = reference.Format(i % 2 == 0 ? DigitStyle.Thai : DigitStyle.Arabic);
    return "/api/circulars/lookup?ref=" + Uri.EscapeDataString(i % 3 == 0 ? "ที่ " + spelling : spelling);
});
File.WriteAllLines(Path.Combine(args[1], "search-paths.txt"), searches);
File.WriteAllLines(Path.Combine(args[1], "search-unique-paths.txt"), unique.OrderBy(_ => random.Next()));
File.WriteAllLines(Path.Combine(args[1], "lookup-paths.txt"), lookups);

// Every circular's ref, each in two spellings no other line uses: none is answered from the lookup cache.
string[] spellings = ["", "ที่ "];
var uniqueLookups = documents.SelectMany(d => spellings.Select((prefix, i) =>
        "/api/circulars/lookup?ref=" + Uri.EscapeDataString(prefix + CircularRef.Parse(d.Ref).Format(i == 0 ? DigitStyle.Arabic : DigitStyle.Thai))))
    .Distinct().OrderBy(_ => random.Next()).ToList();
File.WriteAllLines(Path.Combine(args[1], "lookup-unique-paths.txt"), uniqueLookups);

// Every circular's ref with one slip no circular has: each lookup misses and offers the letters one edit away.
File.WriteAllLines(Path.Combine(args[1], "lookup-slip-paths.txt"),
    SlippedRefs.Of(documents, random).Select(typed => "/api/circulars/lookup?ref=" + Uri.EscapeDataString(typed)));
return 0;

// "ว 76"-style: the circular number alone, as people type it when they remember only that.
static string PartialRef(SearchDocument document) =>
    "ว " + ThaiDigits.ToArabic(document.NormalizedRef[(document.NormalizedRef.LastIndexOf('ว') + 1)..]);
