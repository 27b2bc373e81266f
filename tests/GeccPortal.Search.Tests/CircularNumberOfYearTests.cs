using GeccPortal.Search.Querying;
using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A circular number with its B.E. year (ว 999/2568): running numbers restart every year, so the year says which
/// letter is meant. The letter of that year first, then the number's other letters and the letters citing it.
/// </summary>
public sealed class CircularNumberOfYearTests : IDisposable
{
    private const string Drought2568 = "มท0624/ว999";
    private const string Forward = "นม0418/ว77";
    private const string Budget2567 = "นร0704/ว999";

    private readonly TempIndex _index = new([
        Circulars.Make("ที่ มท ๐๖๒๔/ว ๙๙๙", new DateOnly(2025, 3, 5), "การเตรียมความพร้อมรับมือภัยแล้ง ปี ๒๕๖๘",
            "ขอให้จังหวัดสำรวจแหล่งน้ำ ภายในวันที่ ๓๑ มีนาคม ๒๕๖๘"),
        Circulars.Make("ที่ นม ๐๔๑๘/ว ๗๗", new DateOnly(2025, 3, 14), "การเตรียมความพร้อมรับมือภัยแล้ง ปี ๒๕๖๘ อำเภอสีคิ้ว",
            "ตามหนังสือกรมป้องกันและบรรเทาสาธารณภัย ที่ มท ๐๖๒๔/ว ๙๙๙ ลงวันที่ ๕ มีนาคม ๒๕๖๘ ขอให้เตรียมรถบรรทุกน้ำ ปี ๒๕๖๘",
            d => d with { CitedRefs = ["ที่ มท ๐๖๒๔/ว ๙๙๙ ลงวันที่ ๕ มีนาคม ๒๕๖๘"] }),
        Circulars.Make("ที่ นร ๐๗๐๔/ว ๙๙๙", new DateOnly(2024, 5, 2), "การจัดทำคำของบประมาณ", "ให้ส่วนราชการจัดทำคำของบประมาณ ปี ๒๕๖๘"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ว 999/2568", Drought2568)]
    [InlineData("ว ๙๙๙/๒๕๖๘", Drought2568)]
    [InlineData("ที่ ว 999/68", Drought2568)]
    [InlineData("ว999/2567", Budget2567)]
    public void The_letter_of_the_year_comes_first(string query, string expected)
    {
        var hits = _index.Search(query).Hits;

        Assert.Equal(expected, GeccPortal.Thai.CircularRef.Parse(hits[0].Ref).Normalized);
        Assert.Contains("ref", hits[0].Matches);
    }

    [Fact]
    public void The_numbers_other_letters_and_the_letters_citing_it_follow()
    {
        Assert.Equal([Drought2568, Budget2567, Forward], _index.Refs("ว 999/2568"));
    }

    [Theory]
    [InlineData("ว 999/2568", 999, 2568)]
    [InlineData("ว 7/68", 7, 2568)]
    [InlineData("ว 999/1999", null, null)] // no B.E. year
    [InlineData("ครั้งที่ 10/2567", null, null)] // no ว: slashed numbers
    [InlineData("มท 0624/ว 999", null, null)] // a ref
    public void Only_a_circular_number_with_a_year_is_read_so(string query, int? number, int? year)
    {
        var plan = QueryPlan.Parse(query);

        Assert.Equal(number?.ToString(System.Globalization.CultureInfo.InvariantCulture), year is null ? null : plan.PartialRef?.Number);
        Assert.Equal(year, plan.PartialRef is null ? null : plan.QuotedYear);
    }
}
