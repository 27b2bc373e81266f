namespace GeccPortal.Extraction.Readers;

/// <summary>Tesseract prints paragraphs separated by blank lines, with the page's line breaks inside them.</summary>
internal static class OcrTextBlocks
{
    public static IEnumerable<DocumentBlock> From(string ocrText)
    {
        var paragraph = new List<string>();
        foreach (var line in ocrText.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0 || line[0] == '\f')
            {
                if (paragraph.Count > 0)
                {
                    yield return new ParagraphBlock(ThaiLineJoiner.Join(paragraph));
                    paragraph.Clear();
                }

                continue;
            }

            paragraph.Add(line);
        }

        if (paragraph.Count > 0)
        {
            yield return new ParagraphBlock(ThaiLineJoiner.Join(paragraph));
        }
    }
}
