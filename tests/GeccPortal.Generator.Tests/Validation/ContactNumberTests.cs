using GeccPortal.Generator.Tests.Support;

namespace GeccPortal.Generator.Tests.Validation;

/// <summary>The contact's phone (โทร.) and fax (โทรสาร): what a letter prints is accepted, what cannot be a number is a warning at its line (a contact detail does not hold back a circular).</summary>
public sealed class ContactNumberTests : IDisposable
{
    private const string Path = "content/circulars/a.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<IReadOnlyList<string>> Problems(string contact)
    {
        _site.WithCircular(Path, "มท ๐๘๑๐.๓/ว ๗๖", "2025-01-07", "หนังสือ", "contact:\n  unit: กองกลาง\n" + contact);
        return TestSite.Messages(await _site.CheckAsync());
    }

    [Theory]
    [InlineData("๐ ๒๒๔๑ ๙๐๒๑")]
    [InlineData("0-2241-9021")]
    [InlineData("๐๒ ๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒")]
    [InlineData("๐ ๒๖๒๒ ๐๙๖๐ มท. ๕๐๘๒๘")]
    [InlineData("(๐๒) ๒๒๔๑ ๙๐๒๑, ๐ ๒๒๔๑ ๙๐๒๒")]
    [InlineData("telex ๒๒๔๑")]
    public async Task A_fax_as_letters_print_it_is_accepted(string fax)
    {
        Assert.Empty(await Problems($"  fax: {fax}\n"));
    }

    [Theory]
    [InlineData("fax", "ไม่มี", "contact fax 'ไม่มี' has no digits: write the number as the letter prints it, e.g. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒")]
    [InlineData("fax", "saraban@dla.go.th", "contact fax 'saraban@dla.go.th' is an e-mail address: put it in 'email', and the number in 'fax'")]
    [InlineData("fax", "โทรสาร ๐ ๒๒๔๑ ๙๐๒๑", "contact fax 'โทรสาร ๐ ๒๒๔๑ ๙๐๒๑' starts with the label 'โทรสาร', which is left off the page (the letter prints its label): write the number only")]
    [InlineData("fax", "Fax 0 2241 9021", "contact fax 'Fax 0 2241 9021' starts with the label 'fax', which is left off the page (the letter prints its label): write the number only")]
    [InlineData("phone", "ติดต่อกองกลาง", "contact phone 'ติดต่อกองกลาง' has no digits: write the number as the letter prints it, e.g. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๒๒")]
    [InlineData("phone", "Telephone 0 2241 9000", "contact phone 'Telephone 0 2241 9000' starts with the label 'telephone', which is left off the page (the letter prints its label): write the number only")]
    [InlineData("phone", "โทร. ๐ ๒๒๔๑ ๙๐๐๐", "contact phone 'โทร. ๐ ๒๒๔๑ ๙๐๐๐' starts with the label 'โทร', which is left off the page (the letter prints its label): write the number only")]
    public async Task A_value_that_cannot_be_the_number_is_a_warning_at_its_line(string key, string value, string message)
    {
        Assert.Equal([$"{Path}:7:3: warning: {message}"], await Problems($"  {key}: {value}\n"));
    }

    [Fact]
    public async Task A_fax_given_as_a_list_is_an_error_at_its_line()
    {
        Assert.Equal([$"{Path}:7:3: error: 'fax' must be a single value, not a list or a mapping"], await Problems("  fax:\n    - ๐ ๒๒๔๑ ๙๐๒๑\n"));
    }

    [Fact]
    public async Task A_misspelt_fax_key_is_an_error_that_suggests_fax()
    {
        Assert.Equal([$"{Path}:7:3: error: unknown key 'fac' in 'contact' (did you mean 'fax'?)"], await Problems("  fac: ๐ ๒๒๔๑ ๙๐๒๑\n"));
    }
}
