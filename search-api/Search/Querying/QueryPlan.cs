using System.Globalization;
using System.Text.RegularExpressions;

using GeccPortal.Search.Analysis;
using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Querying;

/// <summary>
/// What a query means, read as plain text (never query syntax): a whole reference, part of one, or words.
/// Built by the same analysis code the index was written with.
/// </summary>
public sealed partial class QueryPlan
{
    /// <summary>Only this many words count; a longer query is not a search a person makes.</summary>
    public const int MaxWords = 32;

    /// <summary>Dates and circular numbers beyond these in one query are not looked for (each adds clauses).</summary>
    public const int MaxDates = 4;

    public const int MaxCircularNumbers = 8;

    /// <summary>Units beyond this in one word are dropped: a phrase that long already pins its circular.</summary>
    public const int MaxUnitsPerWord = 48;

    private static readonly WordAnalyzer WordAnalyzer = new();
    private static readonly GramAnalyzer QueryGramAnalyzer = new(joinThaiAcrossSpace: false);

    private QueryPlan(string text, CircularRef? wholeRef, PartialRef? partialRef, IReadOnlyList<QueryWord> words,
        IReadOnlyList<CircularRef>? quotedRefs = null)
    {
        Text = text;
        WholeRef = wholeRef;
        PartialRef = partialRef;
        Words = words;
        QuotedRefs = quotedRefs ?? [];
    }

    public string Text { get; }

    public CircularRef? WholeRef { get; }

    public PartialRef? PartialRef { get; }

    /// <summary>
    /// A second reading of a <see cref="PartialRef"/> typed as a number and a two-digit year (<c>156/68</c>): an order's
    /// number of that B.E. year (<see cref="OrderNumberTyping.AsOrderNumber"/>). Letters matching either are hits.
    /// </summary>
    public PartialRef? OrderNumber { get; private init; }

    /// <summary>Whether a reference has every part of <see cref="PartialRef"/> or of <see cref="OrderNumber"/>.</summary>
    public bool MatchesPartially(CircularRef reference) =>
        (PartialRef?.Matches(reference) ?? false) || (OrderNumber?.Matches(reference) ?? false);

    public IReadOnlyList<QueryWord> Words { get; private set; }

    /// <summary>
    /// The plan with each abbreviation found only as a word (<see cref="QueryWord.IsAbbreviation"/>) also found as a part of
    /// the index's dotted words that hold it (<see cref="Querying.DottedWords"/>).
    /// </summary>
    public QueryPlan WithDottedWords(DottedWords dotted)
    {
        ArgumentNullException.ThrowIfNull(dotted);
        if (!Words.Any(word => word.IsAbbreviation && word.Words.Count == 1))
        {
            return this;
        }

        return WithWords([.. Words.Select(word => word.IsAbbreviation && word.Words is [var only] ? word with { DottedWords = dotted.Holding(only) } : word)]);
    }

    /// <summary>
    /// The plan with each word of Thai letters in a short query (up to <see cref="MaxWordsWithSplits"/> words) also found as
    /// the index's English words that sound alike (<see cref="SoundAlikes"/>): <c>อีเลิร์นนิ่ง</c> finds <c>e-Learning</c>; so is an
    /// English word no letter writes (<c>license</c> finds <c>Licence</c>). A word the table already spells another way is left as it is.
    /// </summary>
    public QueryPlan WithSoundAlikes(SoundAlikes alikes)
    {
        ArgumentNullException.ThrowIfNull(alikes);
        if (Words.Count is 0 or > MaxWordsWithSplits)
        {
            return this;
        }

        var words = Words.Select(word => WithSoundAlikes(word, alikes)).ToList();
        return words.SequenceEqual(Words) ? this : WithWords(words);
    }

    /// <summary>This plan with other words, everything else shared.</summary>
    private QueryPlan WithWords(IReadOnlyList<QueryWord> words)
    {
        var copy = (QueryPlan)MemberwiseClone();
        copy.Words = words;
        return copy;
    }

    private static QueryWord WithSoundAlikes(QueryWord word, SoundAlikes alikes)
    {
        // A Thai word the table spells (or letters' names spell) is left to the table; an English one may also have the
        // glued spelling of two. A Thai word with a table spelling glued inside it (โซล่าร์ in โซล่าร์รูฟท็อป) is not one the
        // table spells: its other spellings are its part's, and the sound of the whole may still be an English phrase.
        var latin = word.Text.All(char.IsAsciiLetter);
        if (word.IsAbbreviation || (!latin && (WordAlternatives.IsSpelling(word) || SpelledLetters.Acronym(word.Text) is not null)))
        {
            return word;
        }

        var english = (latin ? alikes.ForLatin(word.Text) : alikes.For(word.Text)).Select(text => ReadSpelling(text)).OfType<QueryWord>().ToList();
        return english.Count == 0 ? word : word with { Alternatives = [.. word.Alternatives, .. english] };
    }

    /// <summary>
    /// Whole references inside a longer query, as officials paste them from a letter (<c>หนังสือที่ มท ๐๘๑๐.๓/ว ๗๖
    /// ลงวันที่ ๗ มกราคม ๒๕๖๘</c>): a letter that has or cites one is a hit even when the words around it are not.
    /// </summary>
    public IReadOnlyList<CircularRef> QuotedRefs { get; }

    /// <summary>
    /// A B.E. year written beside the quoted references (<c>อท 0094.1/ว 4/2565</c>, <c>… ลงวันที่ ๒๖ ตุลาคม ๒๕๖๕</c>)
    /// or after a circular number (<c>ว 999/2568</c>, with <see cref="PartialRef"/>): running numbers restart every
    /// year, so it says which year's letter is meant.
    /// </summary>
    public int? QuotedYear { get; private init; }

    /// <summary>
    /// Dates written in the query (<c>ลงวันที่ ๗ มกราคม ๒๕๖๘</c>, <c>๑๖ เม.ย. ๖๘</c>): a letter of that date, or one
    /// whose text mentions them (<see cref="DateSpellings"/>), ranks first. They are not required words.
    /// </summary>
    public IReadOnlyList<DateOnly> Dates { get; private init; } = [];

    /// <summary>
    /// Those of <see cref="Dates"/> written after ลงวันที่ or ลว.: the date of a letter being cited, which picks
    /// that letter; a date written otherwise (ภายในวันที่ …) may as well be a deadline in the text.
    /// </summary>
    public IReadOnlyList<DateOnly> LetterDates { get; private init; } = [];

    /// <summary>
    /// The dates as letters write them, each the dictionary words of its full and its short form
    /// (<c>๗ มกราคม ๒๕๖๘</c>, <c>๗ ม.ค. ๒๕๖๘</c>) and its B.E. numbers (<c>7/1/2568</c>, <c>07/01/2568</c>),
    /// however the query wrote it: a letter whose text mentions the date is found too.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> DateSpellings { get; private init; } = [];

    /// <summary>
    /// Months written with their year and no day (<c>สิงหาคม ๒๕๖๘</c>, <c>มิ.ย. 68</c>), as people ask for a month's
    /// letters: like <see cref="Dates"/>, not required words; letters dated in the month, or whose text writes
    /// it (<see cref="DateSpellings"/>), rank first.
    /// </summary>
    public IReadOnlyList<MonthOfYear> Months { get; private init; } = [];

    /// <summary>
    /// Words typed that rank the letters writing them first but are not required (<see cref="PortalWords"/>:
    /// หนังสือเวียน beside a topic).
    /// </summary>
    public IReadOnlyList<QueryWord> RankingWords { get; private init; } = [];

    /// <summary>Whether the query names a day or a month: letters of that time rank first, and are hits when nothing else is asked.</summary>
    public bool HasDates => Dates.Count > 0 || Months.Count > 0;

    /// <summary>
    /// Fiscal years the query names (<c>ปีงบประมาณ ๒๕๖๘</c>, <c>ปีงบ 68</c>), by their B.E. number. Unlike a day or a
    /// month, one is required: a hit is dated in it or its text writes it (<see cref="FiscalYearSpellings"/>), as a
    /// letter of another year that never names this one is not what was asked for. Being dated in it scores as a date
    /// does (a tie-break among what the words find alike), writing it a little less.
    /// </summary>
    public IReadOnlyList<int> FiscalYears { get; private init; } = [];

    /// <summary>The fiscal years as letters write them (<c>ปีงบประมาณ พ.ศ. ๒๕๖๘</c>, <c>ปีงบประมาณ ๒๕๖๘</c>), as dictionary words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FiscalYearSpellings { get; private init; } = [];

    /// <summary>Whether a letter of this date is of a day, month or fiscal year the query names.</summary>
    public bool IsOfQueriedDate(DateOnly date) =>
        Dates.Contains(date) || Months.Any(month => month.Contains(date)) || FiscalYears.Contains(ThaiDates.FiscalYear(date));

    /// <summary>Sets the days, months and fiscal years the query names, and their spellings, together.</summary>
    private QueriedTimes Times
    {
        init
        {
            Dates = value.Dates;
            LetterDates = value.LetterDates;
            Months = value.Months;
            DateSpellings = value.DateSpellings;
            FiscalYears = value.FiscalYears;
            FiscalYearSpellings = value.FiscalYearSpellings;
        }
    }

    private readonly record struct QueriedTimes(IReadOnlyList<DateOnly> Dates, IReadOnlyList<DateOnly> LetterDates,
        IReadOnlyList<MonthOfYear> Months, IReadOnlyList<IReadOnlyList<string>> DateSpellings, IReadOnlyList<int> FiscalYears,
        IReadOnlyList<IReadOnlyList<string>> FiscalYearSpellings);

    public bool IsEmpty => WholeRef is null && PartialRef is null && Words.Count == 0 && !HasDates && FiscalYears.Count == 0;

    /// <summary>
    /// The query words that name a form of letter (<c>บันทึกข้อความ ไข้เลือดออก</c>; not คำสั่ง or ประกาศ, which stay
    /// words), taken out of <see cref="Words"/>
    /// unless they are all there is: letters of that type rank first, and a letter of another type still has the
    /// other words (<see cref="Querying.LetterForms"/>).
    /// </summary>
    public IReadOnlyList<LetterForm> LetterForms { get; private init; } = [];

    /// <summary>Whether every word names a form of letter (<c>บันทึกข้อความ</c> alone): the letters of that type are hits.</summary>
    public bool IsOnlyLetterForms => LetterForms.Count > 0 && Words.Count > 0 && Words.All(word => LetterForms.Any(form => form.Word == word));

    public static QueryPlan Parse(string? query)
    {
        // A query is often pasted from a PDF: it gets the repairs attachments' text got when it was extracted
        // (spaces inside words, TIS-620 read as Latin-1); the analysis then repairs it as it did the index.
        var text = YearTyping.Rewrite(OrderNumberTyping.Rewrite(ExtractedTextRepair.Repair(LoneSurrogates.Replace(query ?? ""))));
        var mentions = ThaiDateMentions.FindAll(text);
        var rest = mentions.Count == 0 ? text : WithoutMentions(text, mentions);
        var monthMentions = ThaiMonthMentions.FindAll(rest);
        rest = monthMentions.Count == 0 ? rest : Blanked(rest, monthMentions.Select(m => (m.Index, m.Length)));
        var fiscalMentions = FiscalYearMentions.FindAll(rest);
        rest = fiscalMentions.Count == 0 ? rest : Blanked(rest, fiscalMentions.Select(m => (m.Index, m.Length)));
        (rest, var closingType) = ClosingFormula.Read(rest, mentions);

        // A query that is only a date (14.03.68 has the shape of an office number) is never a ref.
        var bare = WithoutLetterWord(text);
        if (NumberOfYear(bare) is var (numberOfYear, yearOfNumber))
        {
            return new QueryPlan(text, null, numberOfYear, []) { QuotedYear = yearOfNumber };
        }

        // An order's number under a heading only when the heading names a body: typed words that end in ที่ n/yyyy
        // (ประกาศรับสมัคร 2 ตำแหน่ง ที่ 1/2568) are searched as words, not looked up as a ref no letter has.
        if (!string.IsNullOrWhiteSpace(rest) && CircularRef.TryParse(bare, out var wholeRef) && (wholeRef.Heading is null || wholeRef.HeadingNamesABody))
        {
            return new QueryPlan(text, wholeRef, null, []);
        }

        var orderNumber = OrderNumberTyping.AsOrderNumber(bare);
        if (!string.IsNullOrWhiteSpace(rest) && PartialRef.TryParse(bare, out var partialRef))
        {
            return new QueryPlan(text, null, partialRef, []) { OrderNumber = orderNumber };
        }

        if (orderNumber is not null)
        {
            // An order below ten (5/68) has too few digits for part of a letter's ref.
            return new QueryPlan(text, null, orderNumber, []);
        }

        var dates = mentions.Select(m => m.Date).Distinct().Take(MaxDates).ToList();
        var letterDates = mentions.Where(m => m.OfLetter).Select(m => m.Date).Distinct().Where(dates.Contains).ToList();
        var months = monthMentions.Select(m => m.Month).Distinct().Take(MaxDates).ToList();
        var spellings = dates.SelectMany(Spellings).Concat(months.SelectMany(Spellings)).Distinct(StringComparer.Ordinal)
            .Select(written => (IReadOnlyList<string>)Tokens(WordAnalyzer, written)).ToList();
        var fiscalYears = fiscalMentions.Select(m => m.FiscalYear).Distinct().Take(MaxDates).ToList();
        var fiscalSpellings = fiscalYears.SelectMany(SpellingsOfFiscalYear).Distinct(StringComparer.Ordinal)
            .Select(written => (IReadOnlyList<string>)Tokens(WordAnalyzer, written)).ToList();
        var times = new QueriedTimes(dates, letterDates, months, spellings, fiscalYears, fiscalSpellings);

        // Part of a ref with the date of its letter (ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘), as letters cite each other. A
        // whole ref with its date is a quoted ref (below), whose year picks the letter.
        var bareRest = WithoutLetterWord(rest);
        if (mentions.Count > 0 && !CircularRef.TryParse(bareRest, out _) && PartialRef.TryParse(bareRest, out var datedPartial))
        {
            return new QueryPlan(text, null, datedPartial, []) { Times = times };
        }

        var quoted = CircularRef.FindAll(text);
        var words = ReadWords(rest);
        var portalWords = words.Count > 1 && words.Exists(word => !PortalWords.Is(word)) ? words.FindAll(PortalWords.Is) : [];
        words = portalWords.Count == 0 ? words : words.FindAll(word => !PortalWords.Is(word));
        var forms = words.Select(word => Querying.LetterForms.TypeOf(word) is { } type ? new LetterForm(word, type) : null).OfType<LetterForm>().ToList();
        if (closingType is not null && ReadSpelling(CircularTypes.Labels[closingType]) is { } formName)
        {
            forms.Add(new LetterForm(formName, closingType));
        }
        var others = words.Where(word => !forms.Exists(form => form.Word == word)).ToList();
        return new QueryPlan(text, null, null, others.Count > 0 ? others : words, quoted)
        {
            LetterForms = forms,
            RankingWords = portalWords,
            QuotedYear = quoted.Count == 0 ? null : BuddhistYearIn(text),
            QuotedNumbers = quoted.Count == 0 ? CircularNumbersIn(rest) : [],
            AgencyCode = AgencyCodeQuery.Read(bare),
            SlashedNumberGroups = SlashedNumbers.In(rest),
            Times = times,
        };
    }

    /// <summary>Numbers typed joined by a slash (<c>10/2567</c>), as the word view reads them: see <see cref="SlashedNumbers"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SlashedNumberGroups { get; private init; } = [];

    /// <summary>The agency letter code that is the whole query (<c>กค</c>), if it is one: see <see cref="AgencyCodeQuery"/>.</summary>
    public string? AgencyCode { get; private init; }

    /// <summary>
    /// Circular numbers (<c>ว ๖๑</c>) among other words (<c>ค่าเช่าบ้าน ว ๖๑</c>, <c>หนังสือ ว 61</c>): the letters
    /// with that number are hits even when the other words are not in them, scoring below the words.
    /// </summary>
    public IReadOnlyList<PartialRef> QuotedNumbers { get; private init; } = [];

    private static List<PartialRef> CircularNumbersIn(string text)
    {
        var found = new List<PartialRef>();
        foreach (Match match in CircularNumber().Matches(ThaiDigits.ToArabic(text)))
        {
            if (PartialRef.TryParse(match.Value, out var partial) && !found.Contains(partial))
            {
                found.Add(partial);
                if (found.Count == MaxCircularNumbers)
                {
                    break;
                }
            }
        }

        return found;
    }

    // ว and a running number standing as words of their own: not the ว ending a Thai word, not part of a longer number.
    [GeneratedRegex(@"(?<![ก-๛\d./])ว\s*\.?\s*\d{1,7}(?![\d./])")]
    private static partial Regex CircularNumber();

    /// <summary>
    /// A circular number with its B.E. year (<c>ว 999/2568</c>, <c>ที่ ว ๗๗/๖๘</c>), as officials tell letters apart
    /// when running numbers restart every year: that number's letters, the year's first. Read as a ref, ว would
    /// be a one-letter agency and the year its running number.
    /// </summary>
    private static (PartialRef Number, int Year)? NumberOfYear(string text)
    {
        var match = CircularNumberOfYear().Match(ThaiDigits.ToArabic(text));
        if (!match.Success || !PartialRef.TryParse("ว " + match.Groups["number"].Value, out var number))
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        year = year < 100 ? 2500 + year : year;
        return year is >= 2400 and <= 2700 ? (number, year) : null;
    }

    [GeneratedRegex(@"^\s*(?:ที่\s*)?ว\s*\.?\s*(?<number>\d{1,7})\s*/\s*(?<year>\d{2}|\d{4})\s*$")]
    private static partial Regex CircularNumberOfYear();

    /// <summary>The text with each written date blanked out.</summary>
    private static string WithoutMentions(string text, IReadOnlyList<DateMention> mentions) =>
        Blanked(text, mentions.Select(mention => (mention.Index, mention.Length)));

    private static string Blanked(string text, IEnumerable<(int Index, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (index, length) in spans)
        {
            Array.Fill(chars, ' ', index, length);
        }

        return new string(chars);
    }

    /// <summary>A fiscal year as letters write it, with and without พ.ศ.</summary>
    private static IEnumerable<string> SpellingsOfFiscalYear(int fiscalYear)
    {
        var year = fiscalYear.ToString(CultureInfo.InvariantCulture);
        yield return "ปีงบประมาณ พ.ศ. " + year;
        yield return "ปีงบประมาณ " + year;
    }

    /// <summary>A month as letters write it: its full and its short name with the B.E. year (<c>มีนาคม 2568</c>, <c>มี.ค. 2568</c>).</summary>
    private static IEnumerable<string> Spellings(MonthOfYear month)
    {
        var year = ThaiDates.BuddhistYear(month.First).ToString(CultureInfo.InvariantCulture);
        yield return ThaiMonths.Full[month.Month - 1] + " " + year;
        yield return ThaiMonths.Abbreviated[month.Month - 1] + " " + year;
    }

    /// <summary>
    /// The forms of a date a letter's text is read for: full and short Thai month, and the B.E. day/month/year
    /// that tables and forms use (<c>14/3/2568</c>, <c>14/03/2568</c>).
    /// </summary>
    private static IEnumerable<string> Spellings(DateOnly date)
    {
        yield return ThaiDates.Format(date, DigitStyle.Arabic);
        yield return ThaiDates.FormatShort(date, DigitStyle.Arabic);
        var year = ThaiDates.BuddhistYear(date);
        yield return string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{year}");
        yield return string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{year}");
    }

    /// <summary>
    /// Without a leading หนังสือ, as in หนังสือที่ ว ๑๒๓๔, or the เลข of เลขที่ (เลขที่ ๑๒/๒๕๖๘, หนังสือเลขที่ ว ๗๖): a
    /// leading ที่ the ref parsers drop themselves.
    /// </summary>
    private static string WithoutLetterWord(string text) => LetterWord().Replace(text, "");

    [GeneratedRegex(@"^\s*(?:หนังสือ\s*)?(?:เลข\s*)?(?=ที่)")]
    private static partial Regex LetterWord();

    /// <summary>The last four-digit number from 2400 to 2700 in the text (Thai or Arabic digits), read as a B.E. year.</summary>
    private static int? BuddhistYearIn(string text)
    {
        int? year = null;
        foreach (Match match in FourDigits().Matches(CircularRef.Prepare(text)))
        {
            var number = int.Parse(match.ValueSpan, CultureInfo.InvariantCulture);
            if (number is >= 2400 and <= 2700)
            {
                year = number;
            }
        }

        return year;
    }

    [GeneratedRegex(@"(?<![\d.])\d{4}(?![\d.])")]
    private static partial Regex FourDigits();

    /// <summary>A reference-shaped query read as plain words instead; null when it was read as words already.</summary>
    public QueryPlan? AsWords() =>
        WholeRef is null && PartialRef is null ? null
            : new QueryPlan(Text, null, null, ReadWords(Text)) { SlashedNumberGroups = SlashedNumbers.In(Text) } is { IsEmpty: false } words ? words : null;
}
