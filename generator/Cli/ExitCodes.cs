namespace GeccPortal.Generator.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The content has errors (each printed as <c>path:line:col: error: …</c>).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong: unknown option, missing value, missing folder.</summary>
    public const int Usage = 2;

    /// <summary>gecc itself failed (a bug, not the content's fault): sysexits.h's EX_SOFTWARE.</summary>
    public const int InternalError = 70;
}
