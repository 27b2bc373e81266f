using System.CommandLine;

using GeccPortal.Generator.Build;
using GeccPortal.Generator.Build.Incremental;
using GeccPortal.Generator.Serving;

namespace GeccPortal.Generator.Cli;

/// <summary><c>gecc serve</c>: build, serve the site on http://localhost:PORT, rebuild and reload pages on every content change.</summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var index = CommonOptions.Index();
        var port = new Option<int>("--port") { Description = "The port to serve on", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site, then serve it on http://localhost:PORT") { content, output, index, port };
        command.SetAction(async (parse, cancellation) =>
        {
            var contentPath = parse.GetValue(content)!;
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                console.Error.WriteLine($"error: --port {portNumber} must be between 0 and 65535 (see 'gecc serve --help')");
                return ExitCodes.Usage;
            }

            if (!BuildReport.ContentFolderExists(contentPath, console))
            {
                return ExitCodes.Usage;
            }

            var outputPath = parse.GetValue(output)!;
            var options = new BuildOptions(contentPath, outputPath, parse.GetValue(index));
            // Serving needs the site model (its base path), so the first build never stops at "up to date";
            // unchanged files are still kept rather than rewritten.
            BuildCacheState.Forget(CacheFiles.For(outputPath));
            var result = await ProgressPrinter.RunAsync(options, console);
            var exitCode = BuildReport.Print(result, console, "build", contentPath);
            if (exitCode != ExitCodes.Ok)
            {
                return exitCode;
            }

            await using var session = await PreviewSession.StartAsync(options, result, portNumber,
                rebuild => BuildReport.Print(rebuild, console, "rebuild", contentPath) == ExitCodes.Ok,
                failure => console.Error.WriteLine($"rebuild: {failure}"), new DiagnosticPaths(contentPath).Text);
            console.Out.WriteLine($"serving {outputPath} on {session.Address}{result.Site!.Settings.BasePath}; watching {contentPath} for changes (Ctrl+C to stop)");
            // The web host handles SIGTERM/SIGINT itself (it stops the app rather than passing the signal on),
            // so wait for either its stopping token or the command line's cancellation.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, session.App.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving and exit normally.
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
