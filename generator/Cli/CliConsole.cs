namespace GeccPortal.Generator.Cli;

/// <summary>Where commands print: reports to <see cref="Out"/>, problems to <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
