using GeccPortal.Search.Analysis;
using GeccPortal.Thai;

using Lucene.Net.Analysis;

namespace GeccPortal.Search.Querying;

/// <summary>
/// Reading the query's words: plain words with their other spellings, splits and joins (phrases, letter forms,
/// heading labels, percentages, numbered abbreviations), through the analysis the index was written with.
/// </summary>
public sealed partial class QueryPlan
{
    /// <summary>
    /// Query words beyond this many are text pasted from a letter, found as written: their words are not split
    /// (<see cref="WordSplit"/>), which costs span queries. A topic and a place, or two words reordered, are typed short.
    /// </summary>
    public const int MaxWordsWithSplits = 3;

    /// <summary>Up to how many words a query's three Latin words typed apart are also looked for glued (a web address).</summary>
    private const int MaxWordsWithGluedThree = 5;

    /// <summary>The query's words, each with its other spellings and, in a short query, its splits (<see cref="Complete"/>).</summary>
    private static List<QueryWord> ReadWords(string query)
    {
        // An office with its province and area (สพป.ขก.1) is one word, read apart from the rest: see AreaOffices.
        var offices = AreaOffices.In(query);
        query = offices.Count == 0 ? query : Blanked(query, offices.Select(office => (office.Index, office.Length)));
        var words = WithoutHeadingLabels(SplitLetterForms(JoinPhrases(ReadPlainWords(query))));
        // A number is a word of what it counts (ผู้สูงอายุ 60 ปี วัคซีนฟรี is three words), not one more of a pasted text.
        var counted = words.Count(word => !word.Text.All(char.IsDigit));
        var withSplits = counted <= MaxWordsWithSplits;
        var camelCase = CamelCaseWords.In(query);
        var completed = words.Select(word => Complete(word, withSplits, camelCase)).ToList();
        var percentages = Percentages.In(query);
        for (var i = 0; i < completed.Count; i++)
        {
            // ร้อยละ ๓ is what was typed, in the title too; the number alone (3% reads as 3) is its other spelling.
            if (percentages.Contains(completed[i].Text) && ReadSpelling(Percentages.AsWritten(completed[i].Text)) is { } written)
            {
                completed[i] = written with { Alternatives = [completed[i] with { Alternatives = [] }, .. completed[i].Alternatives] };
            }
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            // A number before a word (7 วันอันตราย) is that word's count, which letters also write in Thai words.
            if (ThaiNumberWords.InWords(words[i], words[i + 1]) is { } written && ReadSpelling(written) is { } inWords)
            {
                completed[i] = completed[i] with { Alternatives = [.. completed[i].Alternatives, inWords] };
            }

            // A day and month with no year (15 ก.พ.): the month written the other way, and only so (not the table's ก.พ.).
            if (YearlessDates.OtherMonthSpelling(words[i].Text, words[i + 1].Text) is { } month && ReadSpelling(month) is { } otherMonth)
            {
                completed[i + 1] = completed[i + 1] with { Alternatives = [otherMonth] };
            }
        }

        // Only in a short query, as splits: a pasted English sentence would get a glued spelling for each pair of words.
        for (var i = 0; withSplits && i + 1 < completed.Count; i++)
        {
            // Latin words typed apart (pivot table) are also one word glued (PivotTable), which either of them finds.
            if (GluedLatin(completed[i], completed[i + 1]) is { } glued)
            {
                completed[i] = completed[i] with { Alternatives = [.. completed[i].Alternatives, glued with { GluesNextWord = true }] };
                completed[i + 1] = completed[i + 1] with { Alternatives = [.. completed[i + 1].Alternatives, glued] };
            }
        }

        // Three Latin words typed apart (thai police online) for the one word a web address glues (thaipoliceonline.go.th):
        // each of them is also the three glued, so a letter writing only the address has all three, wherever the three
        // stand among a few other words (เว็บไซต์ thai police online); not in a pasted English sentence.
        for (var i = 0; counted <= MaxWordsWithGluedThree && i + 2 < completed.Count; i++)
        {
            if (IsLatinWord(completed[i]) && IsLatinWord(completed[i + 1]) && IsLatinWord(completed[i + 2])
                && ReadSpelling(completed[i].Text + completed[i + 1].Text + completed[i + 2].Text) is { } three)
            {
                for (var j = i; j < i + 3; j++)
                {
                    completed[j] = completed[j] with { Alternatives = [.. completed[j].Alternatives, three] };
                }
            }
        }

        // Last, as it joins two words: the loops above go by the words' places.
        for (var i = 0; i + 1 < completed.Count; i++)
        {
            // ม.57, ม.ขอนแก่น: one query word, the pair as typed or as each thing the letter may stand for, with its number or name.
            var written = NumberedAbbreviations.Spellings(completed[i], completed[i + 1])
                .Concat(NamedAbbreviations.Spellings(completed[i], completed[i + 1]))
                .Select(text => ReadSpelling(text)).OfType<QueryWord>().ToList();
            if (written.Count > 0)
            {
                var (letter, number) = (completed[i], completed[i + 1]);
                completed[i] = new QueryWord(letter.Text + number.Text, [.. letter.Words, .. number.Words], [.. letter.Units, .. number.Units], []) { Alternatives = written };
                completed.RemoveAt(i + 1);
            }
        }

        completed.InsertRange(0, offices.Select(office => ReadOffice(office.Spellings)).OfType<QueryWord>());
        return completed;
    }

    /// <summary>Two Latin words glued as one (<c>pivottable</c>), when both are letters only: null otherwise.</summary>
    private static QueryWord? GluedLatin(QueryWord first, QueryWord second) =>
        IsLatinWord(first) && IsLatinWord(second) ? ReadSpelling(first.Text + second.Text) : null;

    private static bool IsLatinWord(QueryWord word) => word.Text.Length >= 2 && word.Text.All(char.IsAsciiLetter);

    /// <summary>An office named with its province (<see cref="AreaOffices"/>): its usual spelling, with the others as its alternatives.</summary>
    private static QueryWord? ReadOffice(IReadOnlyList<string> spellings) => ReadSpelling(spellings[0]) is { } usual
        ? usual with { Alternatives = [.. spellings.Skip(1).Select(spelling => ReadSpelling(spelling)).OfType<QueryWord>()] }
        : null;

    /// <summary>
    /// Words typed apart that together are a spelling of several words in the table (<c>work from home</c>, see
    /// <see cref="WordAlternatives.IsPhrase"/>) read as one query word: its words in a row, or the row's other spellings.
    /// </summary>
    private static List<QueryWord> JoinPhrases(List<QueryWord> words)
    {
        var joined = new List<QueryWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var length = Math.Min(WordAlternatives.MaxPhraseWords, words.Count - i);
            while (length > 1 && !WordAlternatives.IsPhrase(words.Skip(i).Take(length)))
            {
                length--;
            }

            if (length == 1)
            {
                joined.Add(words[i]);
                continue;
            }

            var phrase = words.GetRange(i, length);
            joined.Add(new QueryWord(string.Join(' ', phrase.Select(word => word.Text)), [.. phrase.SelectMany(word => word.Words)], [], []));
            i += length - 1;
        }

        return joined;
    }

    /// <summary>
    /// The words without the form's labels before them (<c>เรื่อง</c>, <c>สิ่งที่ส่งมาด้วย</c>, glued or apart; see
    /// <see cref="HeadingLabels"/>), unless the labels are all there is.
    /// </summary>
    private static List<QueryWord> WithoutHeadingLabels(List<QueryWord> words)
    {
        var kept = new List<QueryWord>(words.Count);
        foreach (var word in words)
        {
            var length = HeadingLabels.GluedLabelLength(word);
            if (length > 0 && ReadPlainWords(string.Concat(word.Words.Skip(length))) is [var rest])
            {
                kept.Add(rest);
            }
            else if (!HeadingLabels.IsLabel(word))
            {
                kept.Add(word);
            }
        }

        return kept.Count > 0 ? kept : words;
    }

    /// <summary>
    /// A memo's name glued to its topic (<c>บันทึกข้อความไข้เลือดออก</c>), or the portal's word (<c>หนังสือเวียนกรมศุลกากร</c>),
    /// read as two words: the name, and the topic.
    /// </summary>
    private static List<QueryWord> SplitLetterForms(List<QueryWord> words)
    {
        var split = new List<QueryWord>(words.Count + 1);
        foreach (var word in words)
        {
            var length = Math.Max(Querying.LetterForms.GluedNameLength(word), PortalWords.GluedLength(word));
            if (length > 0 && ReadPlainWords(string.Concat(word.Words.Take(length))) is [var name]
                && ReadPlainWords(string.Concat(word.Words.Skip(length))) is [var topic])
            {
                split.Add(name);
                split.Add(topic);
            }
            else
            {
                split.Add(word);
            }
        }

        return split;
    }

    /// <summary>A word with a count in Thai words (เจ็ดวันอันตราย) as letters write it in digits, spaced and glued (see <see cref="ThaiNumberWords"/>).</summary>
    private static IEnumerable<QueryWord> InDigits(QueryWord word)
    {
        if (ThaiNumberWords.InDigits(word.Words) is not var (spaced, glued))
        {
            yield break;
        }

        var spacedWord = ReadSpelling(spaced);
        if (spacedWord is not null)
        {
            yield return spacedWord;
        }

        // The word view reads a number glued to Thai letters as one word with them (7วัน): a phrase of its own.
        var gluedWords = Tokens(WordAnalyzer, glued);
        if (gluedWords.Count > 0 && (spacedWord is null || !gluedWords.SequenceEqual(spacedWord.Words)))
        {
            yield return new QueryWord(glued, gluedWords, [], []);
        }
    }

    /// <summary>The words of a text, without other spellings or splits (a query's, or a spelling's or half's own).</summary>
    private static List<QueryWord> ReadPlainWords(string query)
    {
        var normalized = NormalizedText.Create(query).Text;
        var units = UnitSegmenter.Segment(normalized, joinThaiAcrossSpace: false);
        var words = new List<QueryWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        while (start < units.Count && words.Count < MaxWords)
        {
            var end = RunEnd(units, start);
            var joined = false;
            while (end < units.Count && units[end].Start == units[end - 1].End + 1
                   && AbbreviationDots.HoldsWordTogether(normalized, units[end - 1].End))
            {
                // The gram view splits ส.อบต. (joined, its bigrams would match สอบตก), the word view keeps it
                // one word: one query word, found as that word only.
                end = RunEnd(units, end);
                joined = true;
            }

            var last = Math.Min(end, start + MaxUnitsPerWord) - 1;
            var spanEnd = units[last].End;
            if (last == end - 1 && spanEnd < normalized.Length && normalized[spanEnd] == '.')
            {
                spanEnd++; // an abbreviation's last dot says its last letters are part of it (ผศ.ดร.), not a name
            }

            var span = normalized[units[start].Start..spanEnd];
            if (seen.Add(span))
            {
                var unitTexts = units[start..(last + 1)].Select(unit => normalized.Substring(unit.Start, unit.Length)).ToList();
                words.Add(new QueryWord(span, Tokens(WordAnalyzer, span), unitTexts, joined ? [] : GramsOf(span, cut: last < end - 1)));
            }

            start = end;
        }

        if (words.Count > 0 && TypedPrefixOf(words[^1], normalized) is { } prefix)
        {
            words[^1] = words[^1] with { WholeRunPrefix = prefix };
        }

        return words;
    }

    /// <summary>Fewer letters than this begin too many words to be worth a match.</summary>
    private const int MinPrefixLetters = 3;

    /// <summary>
    /// The whole-run term of the query's last word when it may be a Latin word still being typed (<c>covi</c>):
    /// Latin letters, at least <see cref="MinPrefixLetters"/>, with nothing after them. Not a number: <c>256</c> is
    /// not meant to find <c>2568</c>.
    /// </summary>
    private static string? TypedPrefixOf(QueryWord word, string normalized) =>
        word.Grams is [var whole] && WholeRunTerm.Is(whole) && whole.Length > MinPrefixLetters && char.IsLetter(whole[1])
        && normalized.EndsWith(word.Text, StringComparison.Ordinal) ? whole : null;

    /// <summary>
    /// The gram-view terms a query word must match in a row: a Latin or digit word its <see cref="WholeRunTerm"/>
    /// alone, so it is found as a whole word or number and never inside a longer one; Thai its bigrams. A word
    /// cut at <see cref="MaxUnitsPerWord"/> is not whole, and keeps its bigrams.
    /// </summary>
    private static List<string> GramsOf(string span, bool cut)
    {
        var grams = Tokens(QueryGramAnalyzer, span);
        var whole = grams.Find(WholeRunTerm.Is);
        return whole is not null && !cut ? [whole] : grams.FindAll(gram => !WholeRunTerm.Is(gram));
    }

    /// <summary>
    /// The word with its other spellings (<see cref="WordAlternatives"/>, and a glued Latin word's parts spaced, see
    /// <see cref="CamelCaseWords"/>), each with its splits, and its own splits (<see cref="WordSplit"/>).
    /// </summary>
    private static QueryWord Complete(QueryWord word, bool withSplits, IReadOnlyDictionary<string, string> camelCase) => word with
    {
        Grams = WordAlternatives.IsWordOnlyAbbreviation(word) ? [] : word.Grams,
        IsAbbreviation = word.IsAbbreviation || WordAlternatives.IsWordOnlyAbbreviation(word),
        Splits = withSplits ? WordSplit.Of(word, ReadHalf) : [],
        Stem = withSplits ? NounStem.Of(word, stem => ReadSpelling(stem)) : null,
        AllButOne = withSplits ? [.. LongNames.AllButOne(word), .. InstrumentNames.Readings(word)] : [],
        Alternatives = [.. WordAlternatives.For(word)
            .Select(alternative => ReadSpelling(alternative.Text, alternative.IsAbbreviation, withSplits))
            .Select(spelling => spelling is not null && SyllableEdges.RunOn(spelling) ? spelling with { Grams = [] } : spelling)
            .Append(camelCase.TryGetValue(word.Text, out var spaced) ? ReadSpelling(spaced) : null)
            .Append(SpelledLetters.Acronym(word.Text) is { } letters ? ReadSpelling(letters) : null)
            .Append(DottedLetters.Spelling(word.Text) is { } dotted ? ReadSpelling(dotted) : null)
            .Concat(AbbreviationChains.Spellings(word, piece => ReadSpelling(piece)).Select(chain => ReadSpelling(chain)))
            .OfType<QueryWord>()
            .Concat(InDigits(word))],
    };

    /// <summary>
    /// A half of a glued word with the table's other spellings of it (<c>อบรมเอ็กซ์เซล</c>: its half เอ็กซ์เซล is also
    /// looked for as Excel): a spelling glued to another word is the table's as much as one typed apart; so are the
    /// letters a half spells by their Thai names (<c>ตรวจเอ็มอาร์ไอ</c>: เอ็มอาร์ไอ is also MRI) and a count in words
    /// (<c>ค่าแรงสี่ร้อยบาท</c>: สี่ร้อยบาท is also 400 บาท).
    /// </summary>
    private static QueryWord? ReadHalf(string text) => ReadSpelling(text) is { } half
        ? half with
        {
            Alternatives = [.. WordAlternatives.For(half)
                .Select(alternative => ReadSpelling(alternative.Text, alternative.IsAbbreviation))
                .Append(SpelledLetters.Acronym(text) is { } letters ? ReadSpelling(letters) : null)
                .OfType<QueryWord>()
                .Concat(InDigits(half))],
        }
        : null;

    /// <summary>
    /// A text read as one query word: a text that reads as several (<c>น.ส. พิมพ์ลดา</c>) is the phrase of all
    /// their dictionary words, with no units or bigrams (a phrase across words has none). Null when it holds no word.
    /// </summary>
    private static QueryWord? ReadSpelling(string text, bool isAbbreviation = false, bool withSplits = false)
    {
        var words = ReadPlainWords(text);
        if (words.Count == 0)
        {
            return null;
        }

        // Several words are found as the index read the whole text: a Latin word glued to a number (PM2.5) is one token
        // there, though two query words.
        var read = words.Count == 1 ? words[0] : new QueryWord(text, Tokens(WordAnalyzer, text), [], []);
        if (isAbbreviation)
        {
            read = read with { Grams = [], IsAbbreviation = true };
        }

        return withSplits ? read with { Splits = WordSplit.Of(read, half => ReadSpelling(half)) } : read;
    }

    /// <summary>The index after the last unit of the run that <paramref name="start"/> begins.</summary>
    private static int RunEnd(List<TextUnit> units, int start)
    {
        var end = start;
        while (end < units.Count && units[end].Run == units[start].Run)
        {
            end++;
        }

        return end;
    }

    private static List<string> Tokens(Analyzer analyzer, string text) => AnalyzedTerms.Of(analyzer, text);
}
