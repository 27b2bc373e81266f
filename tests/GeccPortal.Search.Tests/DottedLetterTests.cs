using GeccPortal.Search.Querying;

namespace GeccPortal.Search.Tests;

/// <summary>
/// A form's code typed without the dots between its letters (search probe 11: <c>แบบ สถ.ผถ.1/6</c> found nothing for a letter
/// printing <c>แบบ ส.ถ./ผ.ถ. ๑/๖</c>): also looked for with every letter dotted.
/// </summary>
public sealed class DottedLetterTests
{
    [Theory]
    [InlineData("สถ.ผถ.", "ส.ถ. ผ.ถ.")]
    [InlineData("สถ.ผถ", "ส.ถ. ผ.ถ.")]
    [InlineData("สถ./ผถ.", "ส.ถ. ผ.ถ.")]
    public void A_code_of_undotted_pieces_is_also_read_letter_by_letter(string typed, string spelling)
    {
        Assert.Equal(spelling, DottedLetters.Spelling(typed));
    }

    [Theory]
    [InlineData("สถ.")] // one piece: the table's abbreviation, or agency letters
    [InlineData("ส.ถ.")] // dotted letter by letter already
    [InlineData("ส.ถ.ผถ.")] // partly so
    [InlineData("ผู้ว่า.เชียงราย")] // words, with vowels
    [InlineData("อบต")]
    public void Other_words_have_no_such_spelling(string typed)
    {
        Assert.Null(DottedLetters.Spelling(typed));
    }
}
