using GeccPortal.Generator.Markdown;
using GeccPortal.Search.Indexing;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Build;

/// <summary>
/// Starts, on a spare core, the one-time set-up that the first page and the first indexed letter would
/// otherwise wait for: Markdig's and the HTML parser's first use, ICU's Thai word dictionary and the index's
/// analyzers. A small rebuild spends its first stages reading and checking content, which leaves a core idle;
/// a full build hardly notices. (The sample needs no sanitiser, so none is made unless a body needs one.)
/// </summary>
public static class BuildWarmUp
{
    // Long enough that an excerpt must be cut, so a word iterator is made and left in the pool.
    private const string ThaiSample = "หนังสือเวียนฉบับนี้แจ้งให้ทุกหน่วยงานทราบและถือปฏิบัติโดยเคร่งครัด";

    /// <param name="indexing">Whether the build writes a search index.</param>
    public static Task Start(MarkdownConverter markdown, bool indexing) => Task.Run(() =>
    {
        markdown.Convert(ThaiSample);
        ThaiExcerpt.Cut(ThaiSample, ThaiSample.Length / 2);
        if (indexing)
        {
            using var analyzer = SearchAnalyzers.ForIndex();
            foreach (var field in new[] { TextFieldGroup.All.WordField, TextFieldGroup.All.GramField })
            {
                using var tokens = analyzer.GetTokenStream(field, ThaiSample);
                tokens.Reset();
                while (tokens.IncrementToken())
                {
                }

                tokens.End();
            }
        }
    });
}
