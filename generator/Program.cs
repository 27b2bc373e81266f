using GeccPortal.Generator.Cli;

// dotnet run --project generator -- <build|check|new|serve> [options]; --help on every command.
return await GeccCli.RunAsync(args, new CliConsole(Console.Out, Console.Error));
