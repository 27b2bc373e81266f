namespace GeccPortal.Search.Tests.Support;

/// <summary>One index of <see cref="Circulars.All"/>, shared by the tests of a class.</summary>
public sealed class CorpusFixture : IDisposable
{
    public TempIndex Index { get; } = new(Circulars.All);

    public void Dispose() => Index.Dispose();
}
