using System.Runtime.InteropServices;

namespace GeccPortal.Generator.Build.Incremental;

/// <summary>
/// Puts a second name on an existing file (POSIX <c>link</c>): an unchanged page of the previous output
/// enters the new one without copying a byte. Where linking is not possible (Windows, another file
/// system) the file is copied instead.
/// </summary>
public static class HardLink
{
    public static void CreateOrCopy(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows() || Link(existing, newPath) != 0)
        {
            File.Copy(existing, newPath);
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
