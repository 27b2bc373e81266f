using GeccPortal.Generator.Content.Caching;

namespace GeccPortal.Generator.Build;

/// <summary>
/// What one process keeps from a build for its next one (<c>gecc serve</c> rebuilds on every change): the
/// source cache as that build saved it, so a rebuild reads only the files that changed instead of decoding
/// the cached front matter of all of them again. A new process starts empty and reads the cache file.
/// </summary>
public sealed class BuildMemory
{
    internal SourceCache? Sources { get; set; }
}
