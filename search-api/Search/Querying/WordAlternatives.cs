using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Other ways of writing a query word, from a small table (<c>WordAlternatives.tsv</c>, embedded): official
/// abbreviations and their full forms both ways (<c>ผวจ.</c>, <c>ผวจ</c> ↔ <c>ผู้ว่าราชการจังหวัด</c>), what the public
/// types for the words letters use (<c>ค่าแรง</c> → <c>ค่าจ้าง</c>, one way only), a word and the wider one letters use
/// (<c>โรงเรียน</c> → <c>สถานศึกษา</c>, one way too), two names of one thing, and loanwords spelt several ways (<c>อีเมล์</c>).
/// A word that is a spelling finds the row's others; a word holding a full form or a colloquial word among its
/// dictionary words (<c>ค่าแรงขั้นต่ำ</c>, <c>นางสาวพิมพ์ลดา</c>) finds itself with that part written the other ways.
/// </summary>
public static class WordAlternatives
{
    /// <summary>Alternatives one query word may get: each adds clauses to the query.</summary>
    public const int MaxPerWord = 6;

    /// <summary>Letters of an abbreviation that, without dots, may as well be an agency code or a syllable.</summary>
    private const int MaxAmbiguousLetters = 2;

    private static readonly WordAnalyzer Analyzer = new();

    /// <summary>The table's rows, read once.</summary>
    public static IReadOnlyList<AlternativeRow> Rows { get; } = Load();

    // The keys of the abbreviations' full forms (after Rows: static fields are set in the order written).
    private static readonly HashSet<string> FullNameKeys = [.. Rows
        .Where(row => row.Kind is AlternativeKind.Abbreviation or AlternativeKind.DottedAbbreviation)
        .SelectMany(row => row.Spellings.Where(spelling => !spelling.IsAbbreviation).Select(spelling => spelling.Key))];

    /// <summary>Words of the longest spelling of several words (<c>Work from Home</c>) that query words typed apart make.</summary>
    public const int MaxPhraseWords = 4;

    // The keys of the spellings of several words that are looked up (a colloquial row's first only).
    private static readonly HashSet<string> PhraseKeys = [.. Rows
        .SelectMany(row => row.IsOneWay ? row.Spellings.Take(1) : row.Spellings)
        .Where(spelling => spelling.Written.Contains(' ', StringComparison.Ordinal))
        .Select(spelling => spelling.Key)];

    /// <summary>
    /// Whether query words typed apart (<c>work</c> <c>from</c> <c>home</c>) are together a spelling of several words that
    /// the table looks up: then they are one query word, which finds the row's other spellings (<c>WFH</c>).
    /// </summary>
    public static bool IsPhrase(IEnumerable<QueryWord> words) => PhraseKeys.Contains(KeyOfWords(words.SelectMany(word => word.Words)));

    /// <summary>
    /// Whether the word, as a whole, is an abbreviation's full form (<c>เทศบาลนคร</c>, <c>องค์การบริหารส่วนจังหวัด</c>): the
    /// name of a body or an office, written in one piece, never a topic and a place typed together (<see cref="WordSplit"/>).
    /// </summary>
    public static bool IsFullName(QueryWord word) => word.Words.Count > 0 && FullNameKeys.Contains(KeyOfWords(word.Words));

    /// <summary>Letters of the shortest abbreviation typed alone that is found only as a word: two letters are found so already.</summary>
    private const int MinWordOnlyLetters = 3;

    /// <summary>
    /// Whether the word as typed is one of the table's abbreviations of three letters or more, none of them dotted apart
    /// (<c>อสม.</c>, <c>อสม</c>, <c>อบต.</c>; not <c>ก.ค.ศ.</c>, whose letters letters dot): like one put in as another spelling, it is
    /// found as a word of its own, not by its bigrams inside other words (อสม in หรือสมควร).
    /// </summary>
    public static bool IsWordOnlyAbbreviation(QueryWord word)
    {
        if (word.Words.Count != 1 || word.Text.TrimEnd('.').Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var key = KeyOfWords(word.Words);
        var typedDot = word.Text.EndsWith('.');
        return key.Length >= MinWordOnlyLetters && WordOnlyAbbreviationKeys.TryGetValue(key, out var needsDot) && (!needsDot || typedDot);
    }

    /// <summary>Whether the word as typed is one of the table's abbreviations, with or without its dots (<c>พรบ.</c>, <c>พ.ร.บ.</c>, <c>อสม</c>).</summary>
    public static bool IsAbbreviation(QueryWord word)
    {
        if (word.Words.Count == 0)
        {
            return false;
        }

        var key = KeyOfWords(word.Words);
        return AbbreviationKeys.TryGetValue(key, out var needsDot) && (!needsDot || word.Text.Contains('.', StringComparison.Ordinal));
    }

    // Every abbreviation's key, and whether it is one only typed with a dot.
    private static readonly Dictionary<string, bool> AbbreviationKeys = Rows
        .SelectMany(row => row.Spellings.Where(spelling => spelling.IsAbbreviation))
        .GroupBy(spelling => spelling.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.All(spelling => spelling.NeedsDot), StringComparer.Ordinal);

    // The keys of the abbreviations written without dots between their letters, and whether each is one only typed with
    // its dot (after Rows, as FullNameKeys).
    private static readonly Dictionary<string, bool> WordOnlyAbbreviationKeys = Rows
        .SelectMany(row => row.Spellings.Where(spelling => spelling.IsAbbreviation && !spelling.Written.TrimEnd('.').Contains('.', StringComparison.Ordinal)))
        .GroupBy(spelling => spelling.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.All(spelling => spelling.NeedsDot), StringComparer.Ordinal);

    /// <summary>
    /// The table's abbreviations typed without a dot whose letters are all consonants (<c>ครม</c>, <c>อบต</c>), which the
    /// dictionary knows no word for and so cannot cut off the word they are glued to (<c>มติครม</c>).
    /// </summary>
    public static IReadOnlySet<string> UndottedAbbreviations { get; } = Rows
        .SelectMany(row => row.Spellings)
        .Where(spelling => spelling.IsAbbreviation && !spelling.NeedsDot && spelling.Key.Length >= 3
            && spelling.Key.All(c => c is >= '\u0E01' and <= '\u0E2E'))
        .Select(spelling => spelling.Key)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the word as a whole is a spelling of a row (<c>คนท้อง</c>): one thing, not its dictionary words.</summary>
    public static bool IsSpelling(QueryWord word) => IsSpelling(word.Words);

    /// <summary>Whether these dictionary words together are a spelling of a row (<c>หน้า</c> <c>ฝน</c>: หน้าฝน).</summary>
    public static bool IsSpelling(IEnumerable<string> words) =>
        KeyOfWords(words) is { Length: > 0 } key && Rows.Any(row => row.Spellings.Any(spelling => spelling.Key == key));

    /// <summary>
    /// The other spellings of <paramref name="word"/>, as text to read as a query word, each saying whether it is
    /// an abbreviation (found only as a word of its own). The word's own spelling is not among them.
    /// </summary>
    public static List<(string Text, bool IsAbbreviation)> For(QueryWord word)
    {
        var found = new List<(string Text, bool IsAbbreviation)>();
        if (word.Words.Count == 0)
        {
            return found;
        }

        var joined = string.Concat(word.Words);
        var key = KeyOfWords(word.Words);
        var typedDot = word.Text.Contains('.', StringComparison.Ordinal);
        foreach (var row in Rows)
        {
            // A colloquial word finds the official ones; an official word in a query is already what letters write.
            foreach (var spelling in row.IsOneWay ? row.Spellings.Take(1) : row.Spellings)
            {
                if (spelling.Key == key && (!spelling.NeedsDot || typedDot))
                {
                    AddOthers(found, row, spelling, "", "");
                }
                else if (!spelling.IsAbbreviation && !joined.Contains('.', StringComparison.Ordinal))
                {
                    foreach (var at in WordBoundedIndexes(word.Words, joined, spelling.Key))
                    {
                        AddOthers(found, row, spelling, joined[..at], joined[(at + spelling.Key.Length)..]);
                    }
                }
            }
        }

        found.RemoveAll(alternative => alternative.Text == word.Text || alternative.Text == joined);
        return found.Distinct().Take(MaxPerWord).ToList();
    }

    /// <summary>The row's other spellings in place of <paramref name="matched"/>, between the rest of the word.</summary>
    private static void AddOthers(List<(string, bool)> found, AlternativeRow row, AlternativeSpelling matched, string before, string after)
    {
        foreach (var other in row.Spellings.Where(other => other != matched))
        {
            if (other.IsAbbreviation)
            {
                // Two letters alone, read without dots (นพ, ผอ, รพ), are also agency codes of refs and syllables of
                // words: looked for only beside the rest of the word (นพ. ธงชัย), or where a dot inside keeps them apart (น.ส.).
                var alone = before.Length == 0 && after.Length == 0;
                var isShort = other.Key.Length <= MaxAmbiguousLetters;
                if (!(alone && isShort && !other.Written.TrimEnd('.').Contains('.', StringComparison.Ordinal)))
                {
                    found.Add((Around(before, other.Written, after), true)); // a word glued to it reads as a word of its own
                }

                if (!other.NeedsDot && !(alone && isShort))
                {
                    found.Add((Around(before, other.Key, after), true)); // letters write it without its dots too
                }
            }
            else
            {
                found.Add((before + other.Written + after, false));
            }
        }
    }

    private static string Around(string before, string abbreviation, string after) =>
        (before.Length > 0 ? before + " " : "") + abbreviation + (after.Length > 0 ? " " + after : "");

    /// <summary>Where <paramref name="part"/> starts in the joined words at a word's start and ends at a word's end.</summary>
    private static IEnumerable<int> WordBoundedIndexes(IReadOnlyList<string> words, string joined, string part)
    {
        if (part.Length == 0 || part.Length >= joined.Length)
        {
            yield break;
        }

        var starts = new HashSet<int>();
        var at = 0;
        foreach (var word in words)
        {
            starts.Add(at);
            at += word.Length;
        }

        starts.Add(at);
        for (var index = joined.IndexOf(part, StringComparison.Ordinal); index >= 0; index = joined.IndexOf(part, index + 1, StringComparison.Ordinal))
        {
            if (starts.Contains(index) && starts.Contains(index + part.Length))
            {
                yield return index;
            }
        }
    }

    private static List<AlternativeRow> Load()
    {
        using var stream = typeof(WordAlternatives).Assembly.GetManifestResourceStream("WordAlternatives.tsv")
            ?? throw new InvalidOperationException("WordAlternatives.tsv is not embedded in " + typeof(WordAlternatives).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        var rows = Parse(reader.ReadToEnd());
        // Provinces' everyday names are kept with the provinces' names (ThaiProvinces), which the query's splits read too;
        // they become rows as the table's own do.
        rows.AddRange(Parse(string.Join('\n', ThaiProvinces.ShortNames.Select(name => $"colloquial\t{name.Key}\t{name.Value}"))));
        return rows;
    }

    /// <summary>Reads the table's text: one row a line, tab-separated; # starts a comment; a bad row is an error naming its line.</summary>
    public static List<AlternativeRow> Parse(string table)
    {
        var rows = new List<AlternativeRow>();
        var lines = table.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var kind = cells[0] switch
            {
                "abbreviation" => AlternativeKind.Abbreviation,
                "abbreviation-dotted" => AlternativeKind.DottedAbbreviation,
                "colloquial" => AlternativeKind.Colloquial,
                "variant" => AlternativeKind.Variant,
                "synonym" => AlternativeKind.Synonym,
                "broader" => AlternativeKind.Broader,
                _ => throw new FormatException($"WordAlternatives.tsv:{i + 1}: unknown kind '{cells[0]}'"),
            };
            if (cells.Length < 3 || cells.Skip(1).Any(cell => cell.Trim().Length == 0 || cell.Trim() != cell))
            {
                throw new FormatException($"WordAlternatives.tsv:{i + 1}: a kind and at least two spellings, one a cell");
            }

            var isAbbreviationRow = kind is AlternativeKind.Abbreviation or AlternativeKind.DottedAbbreviation;
            if (isAbbreviationRow && !cells[1].EndsWith('.'))
            {
                throw new FormatException($"WordAlternatives.tsv:{i + 1}: an abbreviation is written with its dots ({cells[1]})");
            }

            var spellings = cells.Skip(1).Select((written, column) =>
            {
                var abbreviation = isAbbreviationRow && column == 0;
                return new AlternativeSpelling(written, KeyOf(written), abbreviation, abbreviation && kind == AlternativeKind.DottedAbbreviation);
            }).ToList();
            rows.Add(new AlternativeRow(kind, spellings));
        }

        return rows;
    }

    /// <summary>A spelling as a query word's dictionary words read it, joined, without dots (ฯ and dots dropped, text normalised).</summary>
    public static string KeyOf(string written) => KeyOfWords(AnalyzedTerms.Of(Analyzer, written));

    /// <summary>Dictionary words joined without dots: what a spelling and a query word are compared by.</summary>
    private static string KeyOfWords(IEnumerable<string> words) => string.Concat(words).Replace(".", "", StringComparison.Ordinal);
}

public enum AlternativeKind
{
    Abbreviation,
    DottedAbbreviation,
    Colloquial,
    Variant,
    Synonym,
    Broader,
}

/// <summary>One thing written several ways.</summary>
public sealed record AlternativeRow(AlternativeKind Kind, IReadOnlyList<AlternativeSpelling> Spellings)
{
    /// <summary>Whether only the first spelling is looked up (it finds the others, they do not find it).</summary>
    public bool IsOneWay => Kind is AlternativeKind.Colloquial or AlternativeKind.Broader;
}

/// <summary>One spelling: as written in the table, and as a query word's joined dictionary words without dots.</summary>
/// <param name="NeedsDot">Expanded only when typed with a dot (an abbreviation whose letters are also a word).</param>
public sealed record AlternativeSpelling(string Written, string Key, bool IsAbbreviation, bool NeedsDot);
