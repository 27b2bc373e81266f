using System.Runtime.InteropServices;

using Lucene.Net.Index;

namespace GeccPortal.Search.Indexing;

/// <summary>
/// Starts a new generation from the files of the published one. Lucene never changes a file it has
/// written: it writes new files and deletes old ones (and deletes a name before writing it again), so the
/// two folders can share the files' bytes through a second name on each (POSIX <c>link</c>). Whatever the
/// new generation's writer deletes or replaces only loses the new folder's name; the published folder,
/// and every reader holding it open, keeps its own. Where linking fails (Windows, a file system without
/// hard links) the file is copied.
/// </summary>
internal static class GenerationFiles
{
    public static void LinkOrCopy(string fromGeneration, string toGeneration)
    {
        System.IO.Directory.CreateDirectory(toGeneration);
        foreach (var file in System.IO.Directory.EnumerateFiles(fromGeneration))
        {
            var name = Path.GetFileName(file);
            if (name == IndexWriter.WRITE_LOCK_NAME)
            {
                continue; // a lock belongs to its folder's writer: sharing it would tie the two writers together
            }

            var target = Path.Combine(toGeneration, name);
            if (OperatingSystem.IsWindows() || Link(file, target) != 0)
            {
                File.Copy(file, target);
            }
        }
    }

    // DllImport rather than LibraryImport: generated marshalling would need unsafe code enabled for the project.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newName);
}
