namespace GeccPortal.Search.Analysis;

/// <summary>
/// The smallest piece of text the n-gram view works with: a Thai character cluster, one Latin letter or
/// one digit, at [<see cref="Start"/>, <see cref="End"/>) in normalised text. Units of the same
/// <see cref="Run"/> are neighbours that an n-gram may join.
/// </summary>
public readonly record struct TextUnit(int Start, int End, int Run)
{
    public int Length => End - Start;
}
