namespace GeccPortal.Search.Http;

/// <summary>What the holder knows about the index: the generation it serves, and the last problem, if any.</summary>
/// <param name="Folder">The generation folder being served, or null when none could be opened.</param>
/// <param name="Problem">Why the current (or newest) generation cannot be served; null when all is well.</param>
public sealed record IndexStatus(string? Folder, string? Problem)
{
    public bool IsServing => Folder is not null;
}
