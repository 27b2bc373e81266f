using GeccPortal.Thai;

namespace GeccPortal.Thai.Tests;

public class CircularRefTests
{
    [Theory]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๗๖", "มท0810.3/ว76")]
    [InlineData("มท ๐๘๑๐.๓/ว ๗๖", "มท0810.3/ว76")]
    [InlineData("มท 0810.3/ว 76", "มท0810.3/ว76")]
    [InlineData("มท0810.3/ว76", "มท0810.3/ว76")]
    [InlineData("ที่มท๐๘๑๐.๓/ว๗๖", "มท0810.3/ว76")]
    [InlineData("มท. 0810.3/ว.76", "มท0810.3/ว76")]
    [InlineData("  มท  0810 . 3 / ว  76 ", "มท0810.3/ว76")]
    [InlineData("กค. 0530.3/ว.61", "กค0530.3/ว61")]
    [InlineData("กค (กวจ) 0405.2/ว 119", "กค(กวจ)0405.2/ว119")]
    [InlineData("กค(กวจ)0405.2/ว119", "กค(กวจ)0405.2/ว119")]
    [InlineData("สธ 0228.07.2/ว 484", "สธ0228.07.2/ว484")]
    [InlineData("สธ 0228.07.2/ว484", "สธ0228.07.2/ว484")]
    [InlineData("นพ ๐๐๒๓.๓/ว ๒๗๔", "นพ0023.3/ว274")]
    [InlineData("มท ๐๒๑๘.๑/ว ๑๓๑๑๒๒", "มท0218.1/ว131122")]
    [InlineData("ศธ 04009/ว 1234", "ศธ04009/ว1234")]
    [InlineData("นร 0505/123", "นร0505/123")]
    [InlineData("มท 0808.2 ว 4410", "มท0808.2/ว4410")]
    [InlineData("ที่ มท ๐๘๑๐.๓ ว ๗๖", "มท0810.3/ว76")]
    [InlineData("สธ 0228.07/w567", "สธ0228.07/ว567")] // w for ว on an English keyboard (search probe 10)
    [InlineData("กค 0702/W. 18", "กค0702/ว18")]
    [InlineData("มท 0810.3 76", null)]
    [InlineData("มท o8lo.3/ว 76", null)]
    [InlineData("มท o810.3/ว 76", "มท0810.3/ว76")]
    [InlineData("ก.ค. 0405.2/ว 119", "กค0405.2/ว119")]
    [InlineData("ที่ มท ๐๘๑๐.๓/ว ๐๗๖", "มท0810.3/ว76")]
    public void Parses_every_spelling_to_one_normalised_form(string text, string? expected)
    {
        var ok = CircularRef.TryParse(text, out var reference);
        Assert.Equal(expected is not null, ok);
        Assert.Equal(expected, reference?.Normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("มท")]
    [InlineData("0810.3/ว 76")]
    [InlineData("มท 0810.3")]
    [InlineData("นพ. ๔๘๐๐๐")]
    [InlineData("hello 0810/76")]
    [InlineData("มท 0810.3/ว 76 extra")]
    public void Rejects_what_is_not_a_whole_reference(string text)
    {
        Assert.False(CircularRef.TryParse(text, out _));
    }

    [Theory]
    [InlineData("นพ ๕/๒๕๖๘", "นพ5/2568")]
    [InlineData("ที่ นพ 5/2568", "นพ5/2568")]
    [InlineData("ก.ค. ๑ / ๒๕๖๗", "กค1/2567")]
    public void An_orders_number_below_ten_with_its_year_is_a_whole_reference(string text, string expected)
    {
        var reference = CircularRef.Parse(text);
        Assert.Equal(expected, reference.Normalized);
        Assert.False(reference.IsCircular);
        Assert.True(CircularRef.TryParse(reference.Normalized, out var again) && again == reference);
    }

    [Theory]
    [InlineData("นพ 5/68")] // not a B.E. year
    [InlineData("นพ 5/ว 2568")] // a circular has an office number
    [InlineData("นพ 0/2568")]
    [InlineData("5/2568")]
    public void A_single_digit_before_anything_but_a_year_is_no_reference(string text)
    {
        Assert.False(CircularRef.TryParse(text, out _));
    }

    [Theory]
    [InlineData("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("คำสั่ง จังหวัดนครพนม ที่ 123 / 2568", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("คำสั่งจังหวัดนครพนมที่๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("คำสั่งกระทรวงมหาดไทย ๔๕๖/๒๕๖๗", "คำสั่งกระทรวงมหาดไทยที่456/2567")]
    [InlineData("ประกาศกรมส่งเสริมการปกครองท้องถิ่น ที่ ๐๐๗/๒๕๖๘", "ประกาศกรมส่งเสริมการปกครองท้องถิ่นที่7/2568")]
    [InlineData("คำสั่งจังหวัดนครพนมที่123/2568", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("คำสั่งจังหวัดนครพนม123/2568", "คำสั่งจังหวัดนครพนมที่123/2568")] // the key before ที่ was kept in it
    public void An_orders_number_under_its_heading_is_a_reference_named_by_the_heading(string text, string expected)
    {
        var reference = CircularRef.Parse(text);
        Assert.Equal(expected, reference.Normalized);
        Assert.Equal("", reference.Agency);
        Assert.NotNull(reference.Heading);
        Assert.True(CircularRef.TryParse(reference.Normalized, out var again) && again == reference);
    }

    [Fact]
    public void Two_bodies_orders_of_one_number_are_two_references_and_print_with_their_heading()
    {
        var province = CircularRef.Parse("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘");
        var other = CircularRef.Parse("คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘");
        Assert.NotEqual(province.Normalized, other.Normalized);
        Assert.Equal("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", province.Format(DigitStyle.Thai));
        Assert.Equal(province, CircularRef.Headed("คำสั่ง จังหวัดนครพนม", "๑๒๓", "2568"));
    }

    [Theory]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1ที่5/2568")]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต 1 ที่ 15/2568", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1ที่15/2568")]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต 15/2568", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขตที่15/2568")]
    [InlineData("ประกาศโรงเรียนบ้านนาแก (ประชาสามัคคี) ที่ ๓/๒๕๖๘", "ประกาศโรงเรียนบ้านนาแก(ประชาสามัคคี)ที่3/2568")]
    [InlineData("คำสั่งกรมที่ดิน ที่ ๒/๒๕๖๘", "คำสั่งกรมที่ดินที่2/2568")]
    public void A_heading_with_digits_or_brackets_before_ที่_is_read_and_its_key_reads_back_as_itself(string text, string expected)
    {
        var reference = CircularRef.Parse(text);
        Assert.Equal(expected, reference.Normalized);
        Assert.True(CircularRef.TryParse(reference.Normalized, out var again) && again.Normalized == reference.Normalized);
        Assert.True(CircularRef.TryParse(reference.Format(DigitStyle.Thai), out var printed) && printed.Normalized == reference.Normalized);
    }

    [Fact]
    public void A_district_offices_order_5_and_the_district_less_bodys_order_15_are_two_references()
    {
        var district = CircularRef.Headed("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑", "๕", "๒๕๖๘");
        var other = CircularRef.Headed("คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต", "๑๕", "๒๕๖๘");
        Assert.NotEqual(district, other);
        Assert.NotEqual(district.Normalized, other.Normalized);
    }

    [Theory]
    [InlineData("คำสั่ง จ.นครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘")]
    [InlineData("คำสั่ง จ. นครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘")]
    [InlineData("ประกาศ อบต.นาแก อ.นาแก จ.นครพนม ที่ ๗/๒๕๖๘", "ประกาศองค์การบริหารส่วนตำบลนาแก อำเภอนาแก จังหวัดนครพนม ที่ ๗/๒๕๖๘")]
    [InlineData("คำสั่ง สพป.นครพนม เขต ๑ ที่ ๕/๒๕๖๘", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘")]
    [InlineData("ประกาศ ทต.ท่าอุเทน ที่ ๓/๒๕๖๗", "ประกาศเทศบาลตำบลท่าอุเทน ที่ ๓/๒๕๖๗")]
    public void An_abbreviated_office_in_a_heading_names_the_same_letter_and_prints_as_written(string abbreviated, string spelt)
    {
        var shortForm = CircularRef.Parse(abbreviated);
        Assert.Equal(CircularRef.Parse(spelt).Normalized, shortForm.Normalized);
        Assert.Equal(CircularRef.Parse(spelt), shortForm);
        Assert.StartsWith(abbreviated.Split(' ')[0] + abbreviated.Split(' ')[1][..2], shortForm.Format(DigitStyle.Thai), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ประกาศ อ.บ.ต.นาแก ที่ 3/2568")]
    [InlineData("ประกาศ อบต.นาแก ที่ 3/2568")]
    [InlineData("ประกาศองค์การบริหารส่วนตำบลนาแก ที่ 3/2568")]
    public void An_abbreviation_dotted_letter_by_letter_is_the_same_body(string text)
    {
        Assert.Equal("ประกาศองค์การบริหารส่วนตำบลนาแกที่3/2568", CircularRef.Parse(text).Normalized);
    }

    [Theory]
    [InlineData("ประกาศ อ.ต.ก. ที่ 1/2568", "ประกาศอ.ต.ก.ที่1/2568")]
    [InlineData("คำสั่ง อ.ก.ค.ศ. ที่ 2/2568", "คำสั่งอ.ก.ค.ศ.ที่2/2568")]
    public void An_acronym_starting_with_a_short_letter_is_no_abbreviation_of_the_table(string text, string normalized)
    {
        Assert.Equal(normalized, CircularRef.Parse(text).Normalized);
    }

    [Theory]
    [InlineData("คำสั่งกรมทางหลวงชนบท ที่ ๑/๒๕๖๘", "คำสั่งกรมทางหลวงชนบทที่1/2568")]
    [InlineData("ประกาศสำนักงาน ก.พ. ที่ ๒/๒๕๖๘", "ประกาศสำนักงานก.พ.ที่2/2568")]
    public void A_dot_inside_a_name_is_no_abbreviation_to_spell_out(string text, string normalized)
    {
        Assert.Equal(normalized, CircularRef.Parse(text).Normalized);
    }

    [Fact]
    public void A_heading_prints_with_its_spaces_and_compares_without_them()
    {
        var spaced = CircularRef.Headed("ประกาศองค์การบริหารส่วนตำบลนาแก  อำเภอนาแก", "๗", "๒๕๖๘");
        Assert.Equal("ประกาศองค์การบริหารส่วนตำบลนาแก อำเภอนาแก ที่ ๗/๒๕๖๘", spaced.Format(DigitStyle.Thai));
        Assert.Equal("ประกาศองค์การบริหารส่วนตำบลนาแกอำเภอนาแก", spaced.Heading);
        var glued = CircularRef.Parse("ประกาศองค์การบริหารส่วนตำบลนาแกอำเภอนาแก ที่ 7/2568");
        Assert.Equal(glued, spaced);
        Assert.Equal(glued.GetHashCode(), spaced.GetHashCode());
    }

    [Theory]
    [InlineData("คำสั่ง ที่ ๑๒๓/๒๕๖๘")] // no body named
    [InlineData("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๖๘")] // not a B.E. year
    [InlineData("หนังสือจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘")] // only an order or announcement is numbered so
    [InlineData("ที่ ๑๒๓/๒๕๖๘")] // names no issuer
    public void A_number_and_year_without_a_heading_naming_the_issuer_is_no_whole_reference(string text)
    {
        Assert.False(CircularRef.TryParse(text, out _));
    }

    [Theory]
    [InlineData("ที่ ๑๒๓/๒๕๖๘", "123", "2568")]
    [InlineData("123/2568", "123", "2568")]
    [InlineData(" ๕ / ๒๕๖๗ ", "5", "2567")]
    public void A_number_and_year_alone_is_read_as_a_number_to_be_headed(string text, string number, string year)
    {
        Assert.True(CircularRef.TryParseNumberOnly(text, out var readNumber, out var readYear));
        Assert.Equal((number, year), (readNumber, readYear));
    }

    [Theory]
    [InlineData("0/2568")]
    [InlineData("123/68")]
    [InlineData("มท ๑๒๓/๒๕๖๘")]
    [InlineData("123/ว2568")]
    [InlineData("")]
    public void Not_a_number_and_year_alone(string text)
    {
        Assert.False(CircularRef.TryParseNumberOnly(text, out _, out _));
    }

    [Fact]
    public void An_orders_number_under_its_heading_is_found_in_running_text_only_with_ที่()
    {
        const string text = "ตามคำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘ และประกาศกระทรวงมหาดไทยที่ 45/2567 "
            + "ตามหนังสือที่ มท ๐๘๑๐.๓/ว ๗๖ คำสั่งจังหวัดเลย ๑๒/๒๕๖๘ ประกาศ ที่ 3/2568";
        Assert.Equal(["มท0810.3/ว76", "คำสั่งจังหวัดนครพนมที่123/2568", "ประกาศกระทรวงมหาดไทยที่45/2567"], CircularRef.FindAll(text).Select(r => r.Normalized));
    }

    [Theory]
    [InlineData("ตามคำสั่งซื้อที่ 12/2568 ลงวันที่ 5 มกราคม 2568")]
    [InlineData("ประกาศรับสมัครครั้งที่ ๑/๒๕๖๘")]
    [InlineData("ตามคำสั่งของท่านที่ 3/2568")]
    public void A_kind_word_glued_to_words_naming_no_body_is_no_reference_in_running_text(string text)
    {
        Assert.Empty(CircularRef.FindAll(text));
    }

    [Theory]
    [InlineData("ตามคำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนม เขต ๑ ที่ ๕/๒๕๖๘ ลงวันที่ ๑๕ มกราคม ๒๕๖๘", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครพนมเขต1ที่5/2568")]
    [InlineData("อ้างถึงประกาศโรงเรียนบ้านนาแกที่ 3/2568", "ประกาศโรงเรียนบ้านนาแกที่3/2568")]
    [InlineData("ตามคำสั่งผู้ว่าราชการจังหวัดนครพนม ที่ 9/2568", "คำสั่งผู้ว่าราชการจังหวัดนครพนมที่9/2568")]
    [InlineData("ตามคำสั่ง จ.นครพนม ที่ ๑๒๓/๒๕๖๘ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("ตามคำสั่งจ.นครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("ตามคำสั่ง จังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘", "คำสั่งจังหวัดนครพนมที่123/2568")]
    [InlineData("ตามประกาศ อบต.นาแก ที่ 3/2568", "ประกาศองค์การบริหารส่วนตำบลนาแกที่3/2568")]
    public void A_heading_naming_a_body_is_a_reference_in_running_text(string text, string expected)
    {
        Assert.Equal([expected], CircularRef.FindAll(text).Select(r => r.Normalized));
    }

    [Fact]
    public void An_orders_short_number_is_not_looked_for_in_running_text()
    {
        Assert.Empty(CircularRef.FindAll("ตามคำสั่งจังหวัดนครพนม นพ ๕/๒๕๖๘ ลงวันที่ ๓ มกราคม ๒๕๖๘"));
    }

    [Fact]
    public void Parts_are_kept()
    {
        var reference = CircularRef.Parse("ที่ กค (กวจ) ๐๔๐๕.๒/ว ๑๑๙");
        Assert.Equal("กค", reference.Agency);
        Assert.Equal("กวจ", reference.Committee);
        Assert.Equal("0405.2", reference.Office);
        Assert.True(reference.IsCircular);
        Assert.Equal("119", reference.Number);
    }

    [Fact]
    public void Formats_as_printed_in_either_digit_style()
    {
        var reference = CircularRef.Parse("มท0810.3/ว76");
        Assert.Equal("มท ๐๘๑๐.๓/ว ๗๖", reference.Format(DigitStyle.Thai));
        Assert.Equal("มท 0810.3/ว 76", reference.Format(DigitStyle.Arabic));
        Assert.Equal("นร 0505/123", CircularRef.Parse("นร ๐๕๐๕/๑๒๓").Format(DigitStyle.Arabic));
    }

    [Fact]
    public void Finds_references_cited_in_running_text_but_not_postcodes()
    {
        const string text = "ศาลากลางจังหวัดนครพนม ถนนอภิบาลบัญชา นพ. ๔๘๐๐๐\nสิ่งที่ส่งมาด้วย สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๘.๑/ว ๑๓๑๘๒\nลงวันที่ ๒๔ ธันวาคม ๒๕๖๗ และที่มท ๐๘๑๐.๗/ว ๗๖";
        var found = CircularRef.FindAll(text).Select(r => r.Normalized).ToList();
        Assert.Equal(["มท0218.1/ว13182", "มท0810.7/ว76"], found);
    }

    [Fact]
    public void Finds_a_reference_glued_to_the_word_before_it_only_when_its_agency_code_is_known()
    {
        const string text = "ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่นมท ๐๘๑๐.๓/ว ๗๖ และหนังสือกระทรวงการคลังกค0405.2/ว119\n"
            + "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานศธ 04006/ว 1234 องค์การบริหารส่วนตำบลขก 73601/ว 12\nรหัสสินค้าคม12/345";
        var agencies = new HashSet<string>(StringComparer.Ordinal) { "มท", "กค", "ศธ", "ขก" };

        Assert.Empty(CircularRef.FindAll(text));
        Assert.Equal(["มท0810.3/ว76", "กค0405.2/ว119", "ศธ04006/ว1234", "ขก73601/ว12"], CircularRef.FindAll(text, agencies).Select(r => r.Normalized));
    }

    [Theory]
    [InlineData("ที่ตั้ง ถนน 12/345")]
    [InlineData("ประชาชน 1250/5000 คน")]
    [InlineData("บัตร 1234/2568")]
    [InlineData("สินค้าส่งออก 12/2568")]
    [InlineData("ประชาชน 12500/50000 คน")]
    [InlineData("บ้านเลขที่ 99/1 หมู่ 2 ตำบลในเมือง")]
    public void A_word_whose_last_letters_are_an_agency_code_before_a_number_is_no_glued_reference(string text)
    {
        // นน (Nan), ชน (Chai Nat), ตร (Trat), อก, ทม: codes a word can end with.
        var agencies = new HashSet<string>(StringComparer.Ordinal) { "นน", "ชน", "ตร", "อก", "ทม", "มท" };
        Assert.Equal(CircularRef.FindAll(text), CircularRef.FindAll(text, agencies));
    }
}
