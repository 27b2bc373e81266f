namespace GeccPortal.Generator.Cli;

/// <summary>
/// What an editor sees when gecc itself fails: what went wrong in one line and what to do, not a stack trace.
/// The trace is printed only when <see cref="DebugVariable"/> is 1, for whoever fixes the bug.
/// </summary>
public static class UnexpectedFailure
{
    public const string DebugVariable = "GECC_DEBUG";

    public static int Report(Exception exception, TextWriter error, bool withStackTrace)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var cause = Innermost(exception);
        error.WriteLine($"error: gecc failed unexpectedly ({cause.GetType().Name}: {cause.Message})");
        error.WriteLine("this is a bug in gecc, not a problem in your content.");
        error.WriteLine(withStackTrace
            ? exception.ToString()
            : $"to report it, run the same command again with {DebugVariable}=1 and include what it prints.");
        return ExitCodes.InternalError;
    }

    /// <summary>Tasks wrap the failure that matters in AggregateExceptions.</summary>
    private static Exception Innermost(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception;
    }
}
