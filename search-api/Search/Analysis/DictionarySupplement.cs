using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GeccPortal.Search.Analysis;

/// <summary>
/// Words ICU's dictionary cuts wrongly, put back the way they are read: ICU splits some loanwords and compounds into
/// pieces that are other words (<c>โควิด</c> as โค|วิด, so a query for cattle, โค, found COVID letters; <c>โคกระบือ</c> as
/// โคก|ระบือ, so โค did not find cattle; <c>ลัมปีสกิน</c> as ลัม|ปี|สกิน, a year). Where a run of adjacent tokens spells one
/// of these words exactly, from a token's start to a token's end, the run becomes the word's own cut. Applied in the
/// word analyzer, so the index and every query read them alike (raise <see cref="Indexing.IndexSchema.Version"/> with
/// any change to the list).
/// </summary>
/// <remarks>
/// Only spellings measured cut wrongly by ICU (Lucene.Net.ICU 4.8.0-beta00017) are listed; a word ICU reads
/// right needs no row. A word glued to the digits after it (<c>โควิด๑๙</c>, which ICU reads as โค|วิด19) keeps the
/// digits as a token of their own, as <c>โควิด ๑๙</c> is read. A token costs one set lookup; only a token that
/// starts such a word looks further.
/// </remarks>
public sealed class DictionarySupplement : TokenFilter
{
    /// <summary>Each word as it should be cut (its parts apart by spaces): the key is the parts run together.</summary>
    internal static readonly string[] Cuts =
    [
        "โควิด", // โค|วิด
        "โค กระบือ", // โคก|ระบือ
        "ลัมปี สกิน", // ลัม|ปี|สกิน
        "ลัมปี", // ลัม|ปี (โรคลัมปี สกิน)
        "ซิม การ์ด", // ซิ|มการ์ด
        "โซลาร์ เซลล์", // โซ|ลาร์|เซลล์
        "โซล่า เซลล์", // โซ|ล่า|เซลล์
        "โซล่าร์ เซลล์", // โซ|ล่า|ร์|เซลล์
        "โซเชียล มีเดีย", // โซ|เชีย|ลมี|เดีย
        "แอป", // แอ|ป before some words (แอปทางรัฐ, แอปเป๋าตัง)
        "เฟซบุ๊ก", // เฟ|ซบุ๊ก
        "เฟสบุ๊ก", // เฟ|สบุ๊ก
        "ติ๊กต็อก", // ติ๊ก|ต็|อก
        "โดรน", // โด|รน
        "คริปโต", // ค|ริ|ป|โต
        "คลาวด์", // คลา|วด์
        "แอมเฟตามีน", // แอ|มเฟ|ตา|มีน
        "ฟลูออไรด์", // ฟลู|ออ|ไรด์
        "พาราควอต", // พา|ราค|วอต
        "ไกลโฟเซต", // ไกล|โฟ|เซต
        "ซาลโมเนลลา", // ซาล|โม|เนล|ลา
        "เอ็มพอกซ์", // เอ็ม|พอก|ซ์
        "อินฟลูเอนเซอร์", // อิน|ฟลู|เอน|เซอร์
        "โซลาร์", // โซ|ลาร์ (โซลาร์ฟาร์ม)
        "โซล่าร์", // โซ|ล่า|ร์
        "เวิร์กช็อป", // เวิร์|กช็อป
        "อินสตาแกรม", // อิน|ส|ตา|แก|รม
        "ทวิตเตอร์", // ทวิ|ต|เตอร์
        "ยูทูบ", // ยู|ทูบ
        "ติ๊กต๊อก", // ติ๊ก|ต๊อก
        "ช้อปปิ้ง", // ช้อป|ปิ้ง
        "ชอปปิง", // ชอป|ปิง
        "โปรโมชั่น", // โปร|โม|ชั่น
        "ไบโอ ดีเซล", // ไบ|โอ|ดีเซล
        "ไบโอ แก๊ส", // ไบ|โอ|แก๊ส
        "ไบโอแมส", // ไบ|โอ|แมส
        "เอทานอล", // เอ|ทา|นอล
        "แก๊สโซฮอล์", // แก๊ส|โซ|ฮอล์
        "ไฮบริด", // ไฮ|บริด
        "ฟุตพริ้นท์", // ฟุต|พริ้|นท์
        "กรีน", // กรี|น
        "แอโรบิก", // แอ|โร|บิก
        "ฟุตซอล", // ฟุต|ซอล
        "เลปโตสไปโรซิส", // เลป|โต|ส|ไป|โร|ซิส
        "ซิกา", // ซิ|กา
        "ชิคุนกุนยา", // ชิ|คุ|นกุน|ยา
        "โนโร ไวรัส", // โน|โร|ไวรัส
        "โรต้า ไวรัส", // โร|ต้า|ไวรัส
        "ไมโคพลาสมา", // ไม|โค|พลาสมา
        "คลามายเดีย", // คลา|มาย|เดีย
    ];

    private const int MaxTokens = 8;

    private static readonly Dictionary<string, string[]> Words = Cuts.ToDictionary(cut => cut.Replace(" ", "", StringComparison.Ordinal),
        cut => cut.Split(' '), StringComparer.Ordinal);

    // Every beginning of a key, the keys included: a run is read on only while it is one.
    private static readonly HashSet<string> Beginnings = new(Words.Keys.SelectMany(key => Enumerable.Range(1, key.Length).Select(n => key[..n])),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeginningSpans = Beginnings.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<Token> _read = [];
    private readonly Queue<Token> _out = new();
    private int _nextRead;
    private bool _ended;

    public DictionarySupplement(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_out.Count == 0 && _read.Count == 0)
        {
            // Nothing held back: a token that starts no word passes as it is, costing one lookup.
            if (!ReadInput())
            {
                return false;
            }

            if (!BeginningSpans.Contains(_term.Buffer.AsSpan(0, _term.Length)))
            {
                return true;
            }

            Hold();
        }

        if (_out.Count == 0 && !Fill())
        {
            return false;
        }

        var token = _out.Dequeue();
        RestoreState(token.State);
        if (token.Replacement is { } term)
        {
            _term.SetEmpty().Append(term);
            _offset.SetOffset(token.Start, token.End);
            _increment.PositionIncrement = token.Increment;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _read.Clear();
        _out.Clear();
        _nextRead = 0;
        _ended = false;
    }

    // Puts the next token, or the cut of a run of tokens, in the queue; false at the end.
    private bool Fill()
    {
        if (!Peek(0))
        {
            return false;
        }

        var text = _read[_nextRead].Term;
        if (Beginnings.Contains(text))
        {
            // The longest word the run spells wins (ลัมปีสกิน over ลัมปี).
            var joined = text;
            string[]? best = null;
            var bestCount = 0;
            string? bestDigits = null;
            for (var n = 1; n <= MaxTokens; n++)
            {
                if (Words.TryGetValue(joined, out var parts))
                {
                    (best, bestCount, bestDigits) = (parts, n, null);
                }

                if (!Peek(n) || _read[_nextRead + n].Start != _read[_nextRead + n - 1].End)
                {
                    break;
                }

                var next = _read[_nextRead + n].Term;
                var longer = joined + next;
                if (!Beginnings.Contains(longer))
                {
                    // ICU's last piece may carry digits glued after the word (โค|วิด19).
                    var keyEnd = LongestKeyIn(joined, next);
                    if (keyEnd > 0)
                    {
                        (best, bestCount, bestDigits) = (Words[longer[..(joined.Length + keyEnd)]], n + 1, longer[(joined.Length + keyEnd)..]);
                    }

                    break;
                }

                joined = longer;
            }

            if (best is not null)
            {
                Replace(bestCount, best, bestDigits);
                return true;
            }
        }

        _out.Enqueue(_read[_nextRead++]);
        Compact();
        return true;
    }

    // How far into next a key that starts with joined ends, when only ASCII digits follow it there; 0 when none does.
    private static int LongestKeyIn(string joined, string next)
    {
        var digitsFrom = next.Length;
        while (digitsFrom > 0 && next[digitsFrom - 1] is >= '0' and <= '9')
        {
            digitsFrom--;
        }

        return digitsFrom > 0 && digitsFrom < next.Length && Words.ContainsKey(joined + next[..digitsFrom]) ? digitsFrom : 0;
    }

    // The n tokens from the next one become the word's parts (and the digits glued after it, if any).
    private void Replace(int n, string[] parts, string? digits)
    {
        var first = _read[_nextRead];
        var last = _read[_nextRead + n - 1];
        var words = digits is null ? parts : [.. parts, digits];
        var span = last.End - first.Start;
        var linear = words.Sum(w => w.Length) == span;
        var at = first.Start;
        for (var i = 0; i < words.Length; i++)
        {
            var end = linear ? at + words[i].Length : last.End;
            _out.Enqueue(first with { Replacement = words[i], Start = linear ? at : first.Start, End = end, Increment = i == 0 ? first.Increment : 1 });
            at = end;
        }

        _nextRead += n;
        Compact();
    }

    // Reads tokens up to the one n past the next unread one; false when the stream ends before it.
    private bool Peek(int n)
    {
        while (_read.Count <= _nextRead + n)
        {
            if (!ReadInput())
            {
                return false;
            }

            Hold();
        }

        return true;
    }

    private bool ReadInput()
    {
        if (_ended)
        {
            return false;
        }

        _ended = !m_input.IncrementToken();
        return !_ended;
    }

    private void Hold() =>
        _read.Add(new Token(CaptureState(), _term.ToString(), _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, null));

    private void Compact()
    {
        if (_nextRead == _read.Count)
        {
            _read.Clear();
            _nextRead = 0;
        }
    }

    private sealed record Token(State State, string Term, int Start, int End, int Increment, string? Replacement);
}
