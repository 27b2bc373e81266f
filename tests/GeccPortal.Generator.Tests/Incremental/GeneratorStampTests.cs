using GeccPortal.Generator.Content;

namespace GeccPortal.Generator.Tests.Incremental;

/// <summary>
/// A rebuilt library (Thai text, attachment text, search index) must make the next build a full one, even
/// when the generator's own assembly did not change: the input fingerprint, the
/// settings stamp and the search documents' keys all start from this stamp.
/// </summary>
public sealed class GeneratorStampTests
{
    [Theory]
    [InlineData(typeof(ContentStamp))]
    [InlineData(typeof(GeccPortal.Thai.ThaiDates))]
    [InlineData(typeof(GeccPortal.Extraction.AttachmentExtractor))]
    [InlineData(typeof(GeccPortal.Search.Indexing.CircularIndex))]
    public void The_generator_stamp_names_every_assembly_that_shapes_the_output(Type fromAssembly)
    {
        Assert.Contains(fromAssembly.Assembly.ManifestModule.ModuleVersionId.ToString("N"), ContentStamp.Generator, StringComparison.Ordinal);
    }
}
