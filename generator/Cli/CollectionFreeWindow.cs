using System.Runtime;

namespace GeccPortal.Generator.Cli;

/// <summary>
/// Lets a rebuild run without garbage collections until it has allocated <see cref="Budget"/>. A rebuild of
/// an output that has a build cache does little work but still walks every circular: for 10,000 circulars it
/// allocates about 230-250 MB and exits, and the collections on the way (four of five of them full, each
/// tracing the 100 MB of live circulars) paused it for 0.2-0.3 s of its 1.4 s. A build that allocates more
/// simply leaves the window (the runtime collects and carries on as usual), so no build is refused memory.
/// The budget stays below a full build's own peak (bench/site), so the highest peak of a build does not grow.
/// </summary>
internal sealed class CollectionFreeWindow : IDisposable
{
    internal const long Budget = 256L * 1024 * 1024;

    private readonly bool _opened;

    private CollectionFreeWindow(bool opened) => _opened = opened;

    /// <summary>Whether collections are still held off (false once the build has allocated past the budget).</summary>
    public bool IsOpen => _opened && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>A window, unless one is already open in this process (two builds at once, as in tests).</summary>
    public static CollectionFreeWindow Open()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new CollectionFreeWindow(false);
        }

        try
        {
            return new CollectionFreeWindow(GC.TryStartNoGCRegion(Budget));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's GC can set aside at once: build with collections as usual.
            return new CollectionFreeWindow(false);
        }
        catch (InvalidOperationException)
        {
            // Another build of this process opened one between the check and the call.
            return new CollectionFreeWindow(false);
        }
    }

    /// <summary>Collections resume, so a process that goes on (tests, a caller that builds again) is not held at the budget.</summary>
    public void Dispose()
    {
        if (!IsOpen)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Another thread's allocations closed the window between the check and the call.
        }
    }
}
