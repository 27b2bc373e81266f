using GeccPortal.Search.References;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests.References;

public sealed class RefNeighboursTests
{
    private static readonly string[] Agencies = ["มท", "ศธ", "สธ", "กษ", "นพ"];

    private static Dictionary<string, RefEdit> Of(string typed, IEnumerable<string>? agencies = null) =>
        RefNeighbours.Of(CircularRef.Parse(typed), agencies ?? Agencies).ToDictionary(n => n.Key, n => n.Edit);

    private static string Key(string reference) => RefKeys.Bare(CircularRef.Parse(reference));

    [Theory]
    [InlineData("มท 0810.3/ว 67", "มท 0810.3/ว 76", RefEdit.Swap)]
    [InlineData("มท 0801.3/ว 76", "มท 0810.3/ว 76", RefEdit.Swap)]
    [InlineData("มท 0810.3/ว 78", "มท 0810.3/ว 76", RefEdit.WrongDigit)]
    [InlineData("มท 0810.7/ว 76", "มท 0810.3/ว 76", RefEdit.WrongDigit)]
    [InlineData("มท 1810.3/ว 76", "มท 0810.3/ว 76", RefEdit.WrongDigit)] // also 1 too many, once the office's leading zero is dropped: the better edit counts
    [InlineData("มท 0810.3/ว 7", "มท 0810.3/ว 76", RefEdit.MissingDigit)]
    [InlineData("มท 0810/ว 76", "มท 0810.3/ว 76", RefEdit.MissingDigit)]
    [InlineData("มท 0810.3/ว 766", "มท 0810.3/ว 76", RefEdit.ExtraDigit)]
    [InlineData("มท 0810.33/ว 76", "มท 0810.3/ว 76", RefEdit.ExtraDigit)]
    [InlineData("ทม 0810.3/ว 76", "มท 0810.3/ว 76", RefEdit.Agency)]
    [InlineData("ศท 0810.3/ว 76", "มท 0810.3/ว 76", RefEdit.Agency)]
    [InlineData("กค (กวจ) 0405.2/ว 118", "กค (กวจ) 0405.2/ว 119", RefEdit.WrongDigit)]
    public void A_ref_one_edit_away_is_a_neighbour_with_its_kind_of_edit(string typed, string intended, RefEdit edit)
    {
        Assert.Equal(edit, Of(typed)[Key(intended)]);
    }

    [Theory]
    [InlineData("มท 0810.3/ว 88", "มท 0810.3/ว 76")] // two digits wrong
    [InlineData("มท 0180.3/ว 67", "มท 0810.3/ว 76")] // two swaps
    [InlineData("มท 0810.3/ว 7666", "มท 0810.3/ว 76")] // two digits too many
    [InlineData("มท 0810.3/ว 706", "มท 0810.3/ว 6")] // the 7 and the 0 too many
    [InlineData("ทม 0810.3/ว 67", "มท 0810.3/ว 76")] // the agency and a swap
    [InlineData("มท 0810.3/ว 67", "ศธ 0810.3/ว 76")] // another agency and a swap
    [InlineData("มท 0810.3/ว 76", "กษ 0810.3/ว 76")] // an agency two letters away
    public void A_ref_two_edits_away_is_no_neighbour(string typed, string far)
    {
        Assert.DoesNotContain(Key(far), Of(typed).Keys);
    }

    [Fact]
    public void The_ref_typed_is_not_its_own_neighbour_in_any_spelling_lookup_reads_as_it()
    {
        var keys = Of("มท 0810.3/ว 76").Keys;

        Assert.DoesNotContain(Key("มท 0810.3/ว 76"), keys);
        Assert.DoesNotContain(Key("มท 810.3/ว 076"), keys); // a leading zero added or left out is no edit
    }

    [Fact]
    public void Only_agency_codes_letters_carry_are_tried_and_each_key_comes_once()
    {
        var neighbours = RefNeighbours.Of(CircularRef.Parse("มท 0810.3/ว 76"), ["มห", "ขก"]);

        Assert.Equal(neighbours.Count, neighbours.Select(n => n.Key).Distinct().Count());
        Assert.Contains(neighbours, n => n.Key == Key("มห 0810.3/ว 76") && n.Edit == RefEdit.Agency);
        Assert.DoesNotContain(neighbours, n => n.Key.StartsWith("bare:ขก", StringComparison.Ordinal) || n.Key.StartsWith("bare:มน", StringComparison.Ordinal));
        // ว 6 is ว 76 with the 7 too many, not with 0 typed as 7: a running number has no leading zero.
        Assert.Equal(RefEdit.ExtraDigit, neighbours.Single(n => n.Key == Key("มท 0810.3/ว 6")).Edit);
    }

    [Theory]
    [InlineData("มท 0810.3/ว 76")]
    [InlineData("สธ 0228.07.2/ว 1311222")]
    [InlineData("นพ 73601.12.3/ว 12345")]
    public void The_number_of_neighbours_depends_on_the_ref_typed_not_on_how_many_letters_or_far_agencies_there_are(string typed)
    {
        var count = RefNeighbours.Of(CircularRef.Parse(typed), Agencies).Count;

        Assert.InRange(count, 1, RefNeighbours.MaxKeys(Agencies.Length));
        Assert.Equal(count, RefNeighbours.Of(CircularRef.Parse(typed), [.. Agencies, "ขก", "ชม", "อด", "ชร"]).Count);
    }

    [Fact]
    public void A_ref_with_more_digits_than_any_real_one_has_no_neighbours()
    {
        Assert.Empty(RefNeighbours.Of(CircularRef.Parse("มท 0810.3.4.5.6.7.8.9.1/ว 1234567"), Agencies));
    }
}
