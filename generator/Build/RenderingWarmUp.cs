using GeccPortal.Generator.Markdown;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Build;

/// <summary>
/// Starts, on a spare core, the one-time set-up that the first page would otherwise wait for: the HTML
/// sanitiser's tables (some 0.25 s) and ICU's Thai word dictionary (some 0.2 s). A small rebuild spends its
/// first stages reading and checking content, which leaves a core idle; a full build hardly notices.
/// </summary>
public static class RenderingWarmUp
{
    // Long enough that an excerpt must be cut, so a word iterator is made and left in the pool.
    private const string ThaiSample = "หนังสือเวียนฉบับนี้แจ้งให้ทุกหน่วยงานทราบและถือปฏิบัติโดยเคร่งครัด";

    public static Task Start(MarkdownConverter markdown) => Task.Run(() =>
    {
        markdown.Convert(ThaiSample);
        ThaiExcerpt.Cut(ThaiSample, ThaiSample.Length / 2);
    });
}
