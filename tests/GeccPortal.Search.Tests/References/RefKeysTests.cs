using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests.References;

public sealed class RefKeysTests
{
    [Fact]
    public void A_loose_key_ignores_the_sub_unit_a_citation_often_gets_wrong()
    {
        Assert.Equal(RefKeys.Loose(CircularRef.Parse("มท 0810.3/ว 76")), RefKeys.Loose(CircularRef.Parse("มท ๐๘๑๐.๗/ว ๗๖")));
        Assert.NotEqual(RefKeys.Loose(CircularRef.Parse("มท 0810.3/ว 76")), RefKeys.Loose(CircularRef.Parse("มท 0811.3/ว 76")));
    }

    [Fact]
    public void Office_prefixes_stop_at_dots()
    {
        Assert.Equal(["0228", "0228.07", "0228.07.2"], RefKeys.OfficePrefixes("0228.07.2"));
        Assert.Equal(["04006"], RefKeys.OfficePrefixes("04006"));
    }

    [Fact]
    public void Own_keys_hold_the_year_in_the_buddhist_era()
    {
        var keys = RefKeys.ForOwn(CircularRef.Parse("นพ 0023.3/ว 274"), new DateOnly(2025, 1, 23)).ToList();
        Assert.Contains("y:2568", keys);
        Assert.Contains("full:นพ0023.3/ว274", keys);
        Assert.Contains("n:ว274", keys);
        Assert.Contains("n:274", keys);
    }

    [Fact]
    public void An_order_under_its_heading_has_no_agency_term_and_its_heading_keeps_its_loose_and_bare_keys_apart()
    {
        var nakhonPhanom = CircularRef.Parse("คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘");
        var keys = RefKeys.ForOwn(nakhonPhanom, new DateOnly(2025, 2, 10)).Concat(RefKeys.ForCited(nakhonPhanom)).ToList();
        Assert.DoesNotContain(keys, key => key.StartsWith("a:", StringComparison.Ordinal) || key.Contains("|a:", StringComparison.Ordinal));
        Assert.Contains("o:123", keys);
        Assert.Contains("n:2568", keys);

        var sakonNakhon = CircularRef.Parse("คำสั่งจังหวัดสกลนคร ที่ ๑๒๓/๒๕๖๘");
        Assert.NotEqual(RefKeys.Loose(nakhonPhanom), RefKeys.Loose(sakonNakhon));
        Assert.NotEqual(RefKeys.Bare(nakhonPhanom), RefKeys.Bare(sakonNakhon));
    }
}
