using GeccPortal.Generator.Diagnostics;

namespace GeccPortal.Generator.Tests.Diagnostics;

/// <summary>Files are checked on several threads at once; each check asks about its own file's errors only.</summary>
public sealed class DiagnosticBagTests
{
    [Fact]
    public void Errors_are_counted_per_file_while_other_threads_report_theirs()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 400, i =>
        {
            var file = $"content/circulars/{i % 4}.md";
            bag.Error(new SourceLocation(file, i, 1), "error");
            bag.Warning(new SourceLocation(file, i, 2), "warning");
        });

        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(100, bag.ErrorCountIn($"content/circulars/{i}.md")));
        Assert.Equal(0, bag.ErrorCountIn("content/circulars/other.md"));
        Assert.Equal(400, bag.ErrorCount);
        Assert.Equal(400, bag.WarningCount);
    }
}
