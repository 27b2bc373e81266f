namespace GeccPortal.Search.Http;

/// <summary>The part of an index holder the watcher and the readiness check need, whatever the searcher type.</summary>
public interface ISwappableIndex
{
    /// <summary>The folder generations are published into.</summary>
    string IndexDirectory { get; }

    IndexStatus Status { get; }

    /// <summary>Reads the pointer file and swaps in the generation it names, if that is not the one being served.</summary>
    IndexStatus Refresh();
}
