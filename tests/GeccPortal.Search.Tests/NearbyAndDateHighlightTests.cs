using GeccPortal.Search.Indexing;
using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A hit found only through a query word's nearby words, or only through a date the query writes, says
/// why as other hits do: <c>matches</c> names the text, and the snippet is cut there with the words marked.
/// </summary>
public sealed class NearbyAndDateHighlightTests : IDisposable
{
    // Long enough that a snippet cut from the start of the text would not reach the end.
    private static readonly string Filler = string.Concat(Enumerable.Repeat("ขอให้หน่วยงานถือปฏิบัติตามระเบียบโดยเคร่งครัด ", 8));

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "การจ่ายเงิน", "ให้เร่งรัดการจ่ายเบี้ยยังชีพผู้สูงอายุให้ทันเวลา"),
        Circulars.Make("ที่ นร ๐๑๐๕/ว ๔", new DateOnly(2024, 6, 5), "แจ้งเวียน", Filler + "การประชุมคณะกรรมการและผู้บริหารสถานศึกษา"),
        Circulars.Make("ที่ นร ๐๑๐๕/ว ๕", new DateOnly(2024, 6, 6), "ส่งเอกสาร", "ขอส่งเอกสารตามที่แนบมาพร้อมนี้",
            d => d with
            {
                Attachments = [new SearchAttachment("repairs.pdf", "files/repairs.pdf",
                    "บัญชีรายการ งบประมาณ ค่าปรับปรุงซ่อมแซมอาคารเรียน โรงเรียนบ้านนาดี", false)],
            }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๖", new DateOnly(2025, 1, 7), "การประชุมชี้แจงแนวทาง", "ขอเชิญประชุมชี้แจงแนวทางการดำเนินงาน"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๗", new DateOnly(2025, 1, 8), "การประชุมติดตามผล", "ตามที่ได้ประชุมเมื่อวันที่ ๗ มกราคม ๒๕๖๘ นั้น"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๘", new DateOnly(2025, 1, 9), "การรายงานผล",
            Filler + "ตามหนังสือจังหวัด ลงวันที่ 7 ม.ค. 2568 และหนังสือลงวันที่ ๘ มกราคม ๒๕๖๘"),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๙", new DateOnly(2025, 1, 10), "ส่งสำเนาหนังสือ", "ขอส่งสำเนาหนังสือมาเพื่อทราบ",
            d => d with
            {
                Attachments = [new SearchAttachment("copy.pdf", "files/copy.pdf", "สำเนาหนังสือ ลว. ๑๖ เม.ย. ๒๕๖๗ เรื่อง การป้องกันอัคคีภัย", false)],
            }),
        Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๘๐", new DateOnly(2024, 4, 16), "การป้องกันอัคคีภัย", "ขอให้จังหวัดเตรียมการป้องกันอัคคีภัยช่วงฤดูร้อน"),
    ]);

    public void Dispose() => _index.Dispose();

    private SearchHit Hit(string query, string printedRef) => _index.Search(query).Hits.Single(hit => hit.Ref == printedRef);

    [Fact]
    public void Nearby_words_in_the_body_are_marked_and_name_the_body()
    {
        var hit = _index.Search("เบี้ยผู้สูงอายุ").Hits.Single();

        Assert.Equal(["body"], hit.Matches);
        Assert.Contains("<mark>เบี้ย</mark>ยังชีพ<mark>ผู้สูงอายุ</mark>ให้", hit.Snippet);
    }

    [Fact]
    public void The_snippet_is_cut_around_nearby_words_far_into_the_text()
    {
        var hit = _index.Search("ประชุมผู้บริหาร").Hits.Single();

        Assert.Equal(["body"], hit.Matches);
        Assert.StartsWith("…", hit.Snippet);
        Assert.Contains("<mark>ประชุม</mark>คณะกรรมการและ<mark>ผู้บริหาร</mark>สถานศึกษา", hit.Snippet);
    }

    [Fact]
    public void Nearby_words_in_an_attachment_name_the_file_and_are_quoted_from_it()
    {
        var hit = _index.Search("งบประมาณซ่อมแซม").Hits.Single();

        Assert.Equal(["attachment:repairs.pdf"], hit.Matches);
        Assert.Contains("<mark>งบประมาณ</mark> ค่าปรับปรุง<mark>ซ่อมแซม</mark>อาคารเรียน", hit.Snippet);
    }

    [Fact]
    public void A_nearby_word_and_a_word_found_as_typed_are_marked_together()
    {
        var hit = _index.Search("เบี้ยผู้สูงอายุ ทันเวลา").Hits.Single();

        Assert.Equal(["body"], hit.Matches);
        Assert.Contains("<mark>เบี้ย</mark>ยังชีพ<mark>ผู้สูงอายุ</mark>ให้<mark>ทันเวลา</mark>", hit.Snippet);
    }

    [Fact]
    public void Words_farther_apart_than_the_query_allows_are_not_marked()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "การประชุม",
                "ขอเชิญประชุมคณะกรรมการและผู้บริหารสถานศึกษา ทั้งนี้ ประชุมผู้ปกครองนักเรียนและครูในวันเดียวกันนั้น แล้วจึงแจ้งผู้บริหาร"),
        ]);

        var snippet = index.Search("ประชุมผู้บริหาร").Hits.Single().Snippet;

        // The first ประชุม has ผู้บริหาร three words on; the second has it seven words on (too far), so it stays unmarked.
        Assert.Contains("<mark>ประชุม</mark>คณะกรรมการและ<mark>ผู้บริหาร</mark>", snippet);
        Assert.Contains("ทั้งนี้ ประชุมผู้ปกครอง", snippet);
        Assert.Contains("แจ้งผู้บริหาร", snippet);
    }

    [Fact]
    public void Nearby_words_are_found_deep_in_a_long_run_of_text_without_spaces()
    {
        var run = string.Concat(Enumerable.Repeat("ขอให้หน่วยงานถือปฏิบัติตามระเบียบโดยเคร่งครัด", 30));
        using var index = new TempIndex([
            Circulars.Make("ที่ นร ๐๑๐๕/ว ๒", new DateOnly(2024, 6, 3), "แจ้งเวียน", "ส่งเอกสาร",
                d => d with
                {
                    Attachments = [new SearchAttachment("long.pdf", "files/long.pdf",
                        "เบี้ยประชุม " + run + "การจ่ายเบี้ยยังชีพผู้สูงอายุ" + run + " ผู้สูงอายุ", false)],
                }),
        ]);

        var hit = index.Search("เบี้ยผู้สูงอายุ").Hits.Single();

        Assert.Equal(["attachment:long.pdf"], hit.Matches);
        Assert.Contains("การจ่าย<mark>เบี้ย</mark>ยังชีพ<mark>ผู้สูงอายุ</mark>ขอให้", hit.Snippet);
    }

    [Theory]
    [InlineData("๗ มกราคม ๒๕๖๘")]
    [InlineData("7 มกราคม 2568")]
    [InlineData("ลว. 7 ม.ค. 68")]
    [InlineData("ลงวันที่ ๗ ม.ค. ๒๕๖๘")]
    [InlineData("7 มค 2568")]
    public void A_date_written_in_the_body_is_marked_however_the_query_writes_it(string query)
    {
        var hit = Hit(query, "ที่ มท ๐๘๑๐.๓/ว ๗๗");

        Assert.Equal(["body"], hit.Matches);
        Assert.Contains("เมื่อวันที่ <mark>๗ มกราคม ๒๕๖๘</mark> นั้น", hit.Snippet);
    }

    [Fact]
    public void A_date_written_short_with_arabic_digits_is_marked_and_the_snippet_is_cut_around_it()
    {
        var hit = Hit("๗ มกราคม ๒๕๖๘", "ที่ มท ๐๘๑๐.๓/ว ๗๘");

        Assert.Equal(["body"], hit.Matches);
        Assert.StartsWith("…", hit.Snippet);
        Assert.Contains("ลงวันที่ <mark>7 ม.ค. 2568</mark> และ", hit.Snippet);
        // Another date in the same text is not what the query asked for.
        Assert.Contains("ลงวันที่ ๘ มกราคม ๒๕๖๘", hit.Snippet);
        Assert.DoesNotContain("<mark>๘", hit.Snippet);
    }

    [Fact]
    public void A_date_written_in_an_attachment_names_the_file_and_is_quoted_from_it()
    {
        var hit = Hit("๑๖ เมษายน ๒๕๖๗", "ที่ มท ๐๘๑๐.๓/ว ๗๙");

        Assert.Equal(["attachment:copy.pdf"], hit.Matches);
        Assert.Contains("ลว. <mark>๑๖ เม.ย. ๒๕๖๗</mark> เรื่อง", hit.Snippet);
    }

    [Fact]
    public void The_letter_of_that_date_says_date_and_a_letter_writing_it_says_where()
    {
        var hits = _index.Search("16 เม.ย. 67").Hits;

        Assert.Equal(["date"], hits.Single(hit => hit.Ref == "ที่ มท ๐๘๑๐.๓/ว ๘๐").Matches);
        Assert.Equal(["attachment:copy.pdf"], hits.Single(hit => hit.Ref == "ที่ มท ๐๘๑๐.๓/ว ๗๙").Matches);
    }

    [Fact]
    public void Words_and_a_date_are_marked_together()
    {
        var hit = Hit("ประชุม ๗ มกราคม ๒๕๖๘", "ที่ มท ๐๘๑๐.๓/ว ๗๗");

        Assert.Contains("body", hit.Matches);
        Assert.Contains("ได้<mark>ประชุม</mark>เมื่อวันที่ <mark>๗ มกราคม ๒๕๖๘</mark> นั้น", hit.Snippet);
    }

    [Fact]
    public void Marks_land_on_the_original_characters_of_text_extracted_from_a_pdf()
    {
        // Split sara am, a zero-width space inside a month name and a lone surrogate, as broken PDFs give them.
        using var index = new TempIndex([
            Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๒๗๔", new DateOnly(2025, 1, 23), "แจ้งเวียน",
                "การจ่ายเบี้ยยังชีพประจําเดือน ตามหนังสือลงวันที่ ๗ ม\u200Bกราคม ๒๕๖๘ \uD800แล้ว"),
        ]);

        Assert.Contains("<mark>เบี้ย</mark>ยังชีพ<mark>ประจําเดือน</mark>", index.Search("เบี้ยประจำเดือน").Hits.Single().Snippet);
        Assert.Contains("ลงวันที่ <mark>๗ ม\u200Bกราคม ๒๕๖๘</mark> ", index.Search("7 ม.ค. 68").Hits.Single().Snippet);
    }

    [Fact]
    public void A_date_with_part_of_a_ref_marks_the_date_in_a_letter_citing_it()
    {
        using var index = new TempIndex([
            Circulars.Make("ที่ มท ๐๘๑๐.๓/ว ๗๖", new DateOnly(2025, 1, 7), "การประชุมชี้แจงแนวทาง", "ขอเชิญประชุม"),
            Circulars.Make("ที่ นพ ๐๐๒๓.๓/ว ๗๖", new DateOnly(2025, 1, 23), "แจ้งเวียน", "ตามหนังสือกระทรวงมหาดไทย ลงวันที่ ๗ มกราคม ๒๕๖๘ นั้น"),
        ]);

        var hit = index.Search("ว ๗๖ ลงวันที่ ๗ มกราคม ๒๕๖๘").Hits.Single(hit => hit.Ref == "ที่ นพ ๐๐๒๓.๓/ว ๗๖");

        Assert.Equal(["ref", "body"], hit.Matches);
        Assert.Contains("ลงวันที่ <mark>๗ มกราคม ๒๕๖๘</mark> นั้น", hit.Snippet);
    }
}
