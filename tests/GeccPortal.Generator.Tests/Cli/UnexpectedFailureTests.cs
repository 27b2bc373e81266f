using GeccPortal.Generator.Cli;

namespace GeccPortal.Generator.Tests.Cli;

public class UnexpectedFailureTests
{
    private static Exception Thrown()
    {
        try
        {
            Task.Run(() => throw new InvalidOperationException("state of the object")).Wait();
        }
        catch (AggregateException e)
        {
            return e;
        }

        throw new InvalidOperationException("expected a failure");
    }

    [Fact]
    public void A_failure_of_gecc_is_three_lines_without_a_stack_trace_and_exits_70()
    {
        var error = new StringWriter();

        var exit = UnexpectedFailure.Report(Thrown(), error, withStackTrace: false);

        Assert.Equal(70, exit);
        Assert.Equal(
            [
                "error: gecc failed unexpectedly (InvalidOperationException: state of the object)",
                "this is a bug in gecc, not a problem in your content.",
                "to report it, run the same command again with GECC_DEBUG=1 and include what it prints.",
            ],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void With_the_debug_variable_the_stack_trace_is_printed()
    {
        var error = new StringWriter();

        UnexpectedFailure.Report(Thrown(), error, withStackTrace: true);

        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(UnexpectedFailureTests), error.ToString(), StringComparison.Ordinal);
    }
}
