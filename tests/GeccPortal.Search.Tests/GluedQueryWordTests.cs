using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// Words typed glued that letters write apart: a topic and a province with a short name (ไฟป่าน่าน, น้ำท่วมเลย), and
/// Latin words whose only seam is their case (QRCode, eService). Each is found apart, never by one part alone.
/// </summary>
public sealed class GluedQueryWordTests : IDisposable
{
    private const string FireNan = "นน0017.2/ว11";
    private const string FireTak = "ตก0017.2/ว12";
    private const string FloodLoei = "ลย0017.2/ว14";
    private const string QrPayment = "กค0402.2/ว15";
    private const string ServiceOnline = "มท0810.3/ว17";
    private const string NoBurning = "นน0017.2/ว18";
    private const string FloodPlan = "สข0017.3/ว20";
    private const string BurningBan = "นน0017.2/ว19";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นน ๐๐๑๗.๒/ว ๑๑", new DateOnly(2025, 2, 6), "การป้องกันและแก้ไขปัญหาไฟป่า",
            "ขอให้อำเภอทุกแห่งเฝ้าระวังไฟป่าและหมอกควัน และรายงานผลให้ศาลากลางจังหวัดน่านทราบ"),
        Circulars.Make("ที่ ตก ๐๐๑๗.๒/ว ๑๒", new DateOnly(2025, 2, 7), "การป้องกันและแก้ไขปัญหาไฟป่า",
            "ขอให้อำเภอทุกแห่งเฝ้าระวังไฟป่าและหมอกควัน และรายงานผลให้ศาลากลางจังหวัดตากทราบ"),
        Circulars.Make("ที่ นน ๐๐๑๗.๒/ว ๑๓", new DateOnly(2025, 2, 8), "งานประเพณีแข่งเรือ",
            "จังหวัดน่านกำหนดจัดงานประเพณีแข่งเรือประจำปี ขอเชิญส่วนราชการร่วมพิธีเปิด"),
        Circulars.Make("ที่ ลย ๐๐๑๗.๒/ว ๑๔", new DateOnly(2025, 9, 1), "การเตรียมความพร้อมรับมือน้ำท่วม",
            "ให้อำเภอเตรียมเครื่องสูบน้ำรับมือน้ำท่วมในพื้นที่ลุ่มต่ำของจังหวัดเลย"),
        Circulars.Make("ที่ กค ๐๔๐๒.๒/ว ๑๕", new DateOnly(2025, 3, 3), "การรับชำระเงินผ่าน QR Code",
            "ให้หน่วยงานรับชำระค่าธรรมเนียมด้วย QR Code ของธนาคาร"),
        Circulars.Make("ที่ กค ๐๔๐๒.๒/ว ๑๖", new DateOnly(2025, 3, 4), "การพัฒนาระบบ",
            "ให้ผู้รับจ้างส่งมอบ source code ของระบบ และคู่มือ QR ของเครื่องอ่าน"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๑๗", new DateOnly(2025, 3, 5), "การให้บริการ e-Service",
            "ประชาชนยื่นคำขอผ่านระบบ e-Service ได้ตลอด ๒๔ ชั่วโมง"),
        Circulars.Make("ที่ นน ๐๐๑๗.๒/ว ๑๘", new DateOnly(2025, 3, 6), "มาตรการควบคุมหมอกควัน",
            "ขอความร่วมมือประชาชนงดเผาในที่โล่งทุกชนิด ตลอดช่วงฤดูแล้ง"),
        Circulars.Make("ที่ นน ๐๐๑๗.๒/ว ๑๙", new DateOnly(2025, 3, 7), "การเผาในที่โล่ง",
            "ห้ามการเผาเศษวัสดุทางการเกษตรโดยเด็ดขาด"),
        Circulars.Make("ที่ สข ๐๐๑๗.๓/ว ๒๐", new DateOnly(2025, 2, 10), "การจัดทำแผนเผชิญเหตุอุทกภัย",
            "ขอให้อำเภอจัดทำแผนและส่งให้ศาลากลางจังหวัดสงขลาภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๘"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_topic_glued_to_a_short_province_finds_the_letters_holding_both_apart()
    {
        // Not ว 12 (ไฟป่า in ตาก) nor ว 13 (น่าน without ไฟป่า).
        Assert.Equal([FireNan], _index.ExactRefs("ไฟป่าน่าน"));
        Assert.Equal([FireTak], _index.ExactRefs("ไฟป่าตาก"));
    }

    [Fact]
    public void A_province_named_as_a_grammatical_word_is_still_a_place_after_a_topic()
    {
        Assert.Equal([FloodLoei], _index.ExactRefs("น้ำท่วมเลย"));
    }

    [Fact]
    public void Only_a_province_makes_a_short_half_enough()
    {
        // น่า + น is no province once spelt with another tone mark: the short half is not looked for on its own.
        var word = Assert.Single(QueryPlan.Parse("ไฟป่าหน้า").Words);
        Assert.DoesNotContain(word.Splits, split => split.Scatters);
    }

    [Theory]
    [InlineData("QRCode")]
    [InlineData("QrCode")]
    public void Latin_words_glued_at_a_capital_find_them_written_apart_and_not_one_part_alone(string query)
    {
        // Not ว 16, which has QR and code apart.
        Assert.Equal([QrPayment], _index.ExactRefs(query));
    }

    [Fact]
    public void A_glued_word_with_a_small_first_part_finds_it_hyphenated()
    {
        Assert.Equal([ServiceOnline], _index.ExactRefs("eService"));
    }

    [Fact]
    public void A_word_glued_without_capitals_has_no_seam_to_split_at()
    {
        Assert.Empty(Assert.Single(QueryPlan.Parse("qrcode").Words).Alternatives);
        Assert.Equal(["QR Code"], Assert.Single(QueryPlan.Parse("QRCode").Words).Alternatives.Select(a => a.Text));
    }

    [Fact]
    public void A_noun_made_with_kan_finds_letters_writing_its_verb_below_those_writing_the_noun()
    {
        var hits = _index.Search("การเผา").Hits;
        Assert.Equal([BurningBan, NoBurning], hits.Select(hit => GeccPortal.Thai.CircularRef.Parse(hit.Ref).Normalized));
        Assert.True(hits[1].Score < hits[0].Score / 5, $"{hits[1].Score} against {hits[0].Score}");
        Assert.Contains("<mark>เผา</mark>", hits[1].Snippet);
    }

    [Fact]
    public void A_noun_of_grammar_only_or_a_word_not_made_with_kan_has_no_stem()
    {
        Assert.Null(Assert.Single(QueryPlan.Parse("การที่").Words).Stem);
        Assert.Null(Assert.Single(QueryPlan.Parse("ไฟป่า").Words).Stem);
        Assert.Equal("เผา", Assert.Single(QueryPlan.Parse("การเผา").Words).Stem?.Text);
    }

    [Fact]
    public void The_event_the_public_names_finds_the_disaster_letters_name_below_the_word_as_typed()
    {
        // ว 14 writes น้ำท่วม; ว 20 only อุทกภัย.
        Assert.Equal([FloodLoei, FloodPlan], _index.ExactRefs("น้ำท่วม"));
        Assert.Equal([FloodPlan], _index.ExactRefs("น้ำท่วมสงขลา"));
    }
}
