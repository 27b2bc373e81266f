using GeccPortal.Search.Tests.Support;

namespace GeccPortal.Search.Tests;

public sealed class SmokeSearchTests : IDisposable
{
    private readonly TempIndex _index = new(Circulars.All);

    [Fact]
    public void Finds_a_word_inside_a_compound()
    {
        var refs = _index.Refs("งบประมาณ");
        Assert.Equal("ศธ04006/ว125", refs[0]);
    }

    public void Dispose() => _index.Dispose();
}
