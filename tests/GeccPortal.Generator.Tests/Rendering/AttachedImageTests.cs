using GeccPortal.Generator.Attachments;
using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Rendering;

/// <summary>
/// JPG and PNG attachments are shown on the letter's page, besides their download links (an editors' probe,
/// 2026-11-29, found a JPG offered only for download): alt text from the enclosure's title, loaded lazily, sized
/// from the file's header so the page does not jump, and only when the file is the image its name says.
/// </summary>
public sealed class AttachedImageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Image_attachments_are_shown_below_the_letter_with_their_titles_as_alt_text_and_their_sizes()
    {
        _site.WithCircular("content/circulars/flood/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "การช่วยเหลือผู้ประสบอุทกภัย",
                "enclosures:\n  - title: แผนที่จุดรับบริจาค\n    file: map.JPG\n  - title: แบบรายงาน\n    file: form.pdf\n"
                + "  - title: โปสเตอร์ประชาสัมพันธ์\n    file: poster.png\n  - title: ภาพที่บันทึกไม่สมบูรณ์\n    file: broken.png")
            .With("content/circulars/flood/map.JPG", TestImages.JpegStart(1600, 900))
            .With("content/circulars/flood/form.pdf", "%PDF-1.4 test")
            .With("content/circulars/flood/poster.png", TestImages.Png(300, 420))
            .With("content/circulars/flood/broken.png", "not an image at all");
        Assert.True((await _site.BuildAsync()).Succeeded);

        var page = new HtmlPage(_site.ReadOutput("circulars/flood/index.html"));
        Assert.Equal("ภาพที่แนบมา", page.Text(".attached-images h2"));
        var images = page.Document.QuerySelectorAll(".attached-images figure img");
        Assert.Equal(["/circulars/flood/map.JPG", "/circulars/flood/poster.png"], images.Select(img => img.GetAttribute("src")));
        Assert.Equal(["แผนที่จุดรับบริจาค", "โปสเตอร์ประชาสัมพันธ์"], images.Select(img => img.GetAttribute("alt")));
        Assert.Equal([("1600", "900"), ("300", "420")], images.Select(img => (img.GetAttribute("width"), img.GetAttribute("height"))));
        Assert.All(images, img => Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding"))));
        Assert.Equal(["สิ่งที่ส่งมาด้วย ๑ · map.JPG", "สิ่งที่ส่งมาด้วย ๓ · poster.png"], page.Texts(".attached-images figcaption"));
        // Besides, not instead of, the download links: all four files are still offered.
        Assert.Equal(4, page.Document.QuerySelectorAll(".enclosures a.download").Length);
        Assert.True(_site.OutputExists("circulars/flood/map.JPG"));
        page.AssertInOrder("article.letter", ".attached-images", ".letter-facts");
    }

    [Fact]
    public async Task A_letter_without_image_attachments_has_no_image_section()
    {
        _site.WithCircular("content/circulars/a/index.md", "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "เรื่อง", "enclosures:\n  - title: แบบรายงาน\n    file: form.pdf")
            .With("content/circulars/a/form.pdf", "%PDF-1.4 test");
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Empty(new HtmlPage(_site.ReadOutput("circulars/a/index.html")).Document.QuerySelectorAll(".attached-images, img"));
    }

    [Fact]
    public void Sizes_are_read_from_PNG_GIF_and_baseline_or_progressive_JPEG_headers_and_not_from_other_bytes()
    {
        Assert.Equal(new ImageSize(300, 420), ImageSize.Read(TestImages.Png(300, 420)));
        Assert.Equal(new ImageSize(1600, 900), ImageSize.Read(TestImages.JpegStart(1600, 900)));
        Assert.Equal(new ImageSize(640, 480), ImageSize.Read(TestImages.JpegStart(640, 480, progressive: true)));
        Assert.Equal(new ImageSize(2, 3), ImageSize.Read("GIF89a\u0002\u0000\u0003\u0000"u8));
        Assert.Null(ImageSize.Read(TestImages.JpegStart(1600, 900)[..30]));
        Assert.Null(ImageSize.Read("not an image"u8));
        Assert.Null(ImageSize.Read(TestImages.Png(300, 420)[..20]));
    }
}
