using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Bench.Index;

/// <summary>
/// Circulars of real Thai wording: titles, bodies and attachments recombined from the clauses of the seed
/// letters, refs, dates and agencies varied. The same seed gives the same documents, so runs compare.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] AgencyCodes = ["มท", "สธ", "ศธ", "กษ", "คค", "กค", "นร", "นพ", "ขก", "ชม"];
    private static readonly string[] Types = ["external", "external", "internal", "order", "announcement"];
    private static readonly string?[] Urgencies = [null, null, "ด่วน", "ด่วนมาก", "ด่วนที่สุด"];

    private readonly string[] _clauses;
    private readonly int _seed;

    public SyntheticCorpus(string seedLetterFolder, int seed)
    {
        // Clauses are what Thai writing separates with spaces; lines are hard-wrapped, so join them first.
        _clauses = [.. Directory.GetFiles(seedLetterFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Where(clause => clause.Length > 1)];
        _seed = seed;
    }

    /// <summary>Lazily, as the generator hands documents to the index: nothing is held but the current one.</summary>
    public IEnumerable<SearchDocument> Generate(int count)
    {
        var random = new Random(_seed);
        for (var i = 0; i < count; i++)
        {
            yield return Make(random, i);
        }
    }

    /// <summary>Document <paramref name="index"/> again, with a new title and body (what an edit does).</summary>
    public SearchDocument Edited(int index, int edit) => Make(new Random(_seed ^ (edit * 7919)), index);

    private SearchDocument Make(Random random, int index)
    {
        var agency = AgencyCodes[random.Next(AgencyCodes.Length)];
        var date = new DateOnly(2019, 1, 1).AddDays(random.Next(7 * 365));
        var printed = ThaiDigits.Format($"{agency} {random.Next(1, 9999):0000}.{random.Next(1, 9)}/ว {index + 1}", DigitStyle.Thai);
        var document = new SearchDocument
        {
            Ref = printed,
            NormalizedRef = CircularRef.Parse(printed).Normalized,
            Date = date,
            Title = Clauses(random, 2, 5),
            Url = $"circulars/{index}/",
            Agency = agency,
            Type = Types[random.Next(Types.Length)],
            Urgency = Urgencies[random.Next(Urgencies.Length)],
            Body = Clauses(random, 20, 60),
            SignerName = Clauses(random, 1, 2),
            Tags = [Clauses(random, 1, 1)],
        };

        // One circular in four carries an attached file's text, as scanned enclosures do.
        return random.Next(4) != 0 ? document : document with
        {
            Attachments = [new SearchAttachment($"enclosure-{index}.pdf", $"files/enclosure-{index}.pdf", Clauses(random, 40, 120), false)],
        };
    }

    private string Clauses(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => _clauses[random.Next(_clauses.Length)]));
}
