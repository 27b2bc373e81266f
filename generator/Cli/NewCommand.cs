using System.CommandLine;

using GeccPortal.Generator.Content;
using GeccPortal.Generator.Model;
using GeccPortal.Generator.Validation;
using GeccPortal.Thai;

namespace GeccPortal.Generator.Cli;

/// <summary><c>gecc new</c>: scaffold content/circulars/&lt;slug&gt;/index.md with every key and a body skeleton.</summary>
public static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var reference = new Option<string>("--ref") { Description = "เลขที่หนังสือ, e.g. \"มท ๐๘๑๐.๓/ว ๗๖\"", Required = true };
        var title = new Option<string>("--title") { Description = "เรื่อง", Required = true };
        var slug = new Option<string?>("--slug") { Description = "URL segment (default: B.E. year, office and number, e.g. 2568-0810-3-w76)" };
        var content = CommonOptions.Content();
        var command = new Command("new", "Create a new circular with every front-matter key, as a draft") { reference, title, slug, content };
        command.SetAction(parse => Run(parse.GetValue(reference)!, parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(content)!, console));
        return command;
    }

    private static int Run(string refText, string title, string? slug, string content, CliConsole console)
    {
        // An order no. 1 to 9 (นพ ๑/๒๕๖๘) is read as check reads it.
        if (CircularRef.TryParseNumberOnly(refText, out _, out _))
        {
            // check reads it with the file's type and issuer, which a new file has not got yet.
            console.Error.WriteLine($"error: ref '{refText}' has no agency letters: give an order's or announcement's number with its heading, e.g. --ref \"คำสั่งจังหวัดนครพนม ที่ ๑๒๓/๒๕๖๘\"");
            return ExitCodes.Usage;
        }

        if (!CircularRef.TryParse(refText, out var parsed))
        {
            // The offers check makes (a slash lookalike, a date after the ref), so the two commands read a slip alike.
            var offer = RefSuggestions.For(refText) is { } meant ? $"; did you mean {meant}? the slash is '/': --ref \"{meant}\""
                : RefSuggestions.Dated(refText) is { } dated ? $"; it ends with the letter's date: --ref \"{dated.Ref}\""
                : "";
            console.Error.WriteLine($"error: malformed ref '{refText}': write agency letters, office number, '/', then the number, e.g. {ValueChecks.RefExample}{offer}");
            return ExitCodes.Usage;
        }

        var today = DateOnly.FromDateTime(DateTime.Now);
        var folderName = slug ?? CircularScaffold.DefaultSlug(parsed, today);
        if (!Slugs.IsValid(folderName))
        {
            console.Error.WriteLine($"error: slug '{folderName}' must be {Slugs.Rule}");
            return ExitCodes.Usage;
        }

        if (!BuildReport.ContentFolderExists(content, console))
        {
            return ExitCodes.Usage;
        }

        var folder = Path.Combine(content, "circulars", folderName);
        // Every body numbers its orders from 1, and the default slug of one under its heading cannot name the body
        // (slugs are ASCII): another body's order 123 of the year takes the next free name. A lettered ref's
        // default slug is taken only by the same ref, which is refused below as the duplicate it is.
        if (slug is null && CircularScaffold.HeadedType(parsed) is not null)
        {
            for (var n = 2; Exists(folder); n++)
            {
                folderName = $"{CircularScaffold.DefaultSlug(parsed, today)}-{n}";
                folder = Path.Combine(content, "circulars", folderName);
            }
        }

        if (Exists(folder))
        {
            console.Error.WriteLine($"error: {folder} already exists; choose another --slug");
            return ExitCodes.Usage;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "index.md");
        File.WriteAllText(file, CircularScaffold.Create(refText.Trim(), title.Trim(), today, folderName, parsed));
        console.Out.WriteLine($"created {file} (a draft: set 'draft: false' to publish)");
        return ExitCodes.Ok;
    }

    private static bool Exists(string folder) => Directory.Exists(folder) || File.Exists(folder + ".md");
}
