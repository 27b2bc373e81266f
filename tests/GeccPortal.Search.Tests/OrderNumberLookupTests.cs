using GeccPortal.Search.Tests.Support;
using GeccPortal.Thai;

namespace GeccPortal.Search.Tests;

/// <summary>
/// An order (คำสั่ง) numbered below ten in its year, its ref written with the agency's letters (<c>นพ ๕/๒๕๖๘</c>): looked up
/// and searched for as any ref, however the digits are typed, and not confused with the same number of another year.
/// </summary>
public sealed class OrderNumberLookupTests : IDisposable
{
    private readonly TempIndex _index = new([
        Circulars.Make("นพ ๕/๒๕๖๘", new DateOnly(2025, 1, 3), "แต่งตั้งคณะกรรมการป้องกันและแก้ไขปัญหาไฟป่า", "อาศัยอำนาจตามความในมาตรา ๕๗"),
        Circulars.Make("นพ ๕/๒๕๖๗", new DateOnly(2024, 1, 4), "แต่งตั้งคณะทำงานจัดงานวันเด็ก", "อาศัยอำนาจตามความในมาตรา ๕๗"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("นพ ๕/๒๕๖๘")]
    [InlineData("นพ 5/2568")]
    [InlineData("ที่ นพ5/2568")]
    public void An_orders_short_number_is_looked_up_and_searched_as_a_ref(string typed)
    {
        Assert.Equal("นพ5/2568", _index.Searcher.Lookup(typed)?.NormalizedRef);
        Assert.Equal("นพ5/2568", CircularRef.Parse(_index.Search(typed).Hits[0].Ref).Normalized);
    }
}
