using GeccPortal.SearchApi;

// dotnet run --project search-api -c Release -- --index DIR [--site DIR] [--cors-origin URL] --urls http://127.0.0.1:PORT
// Content root is the app's folder, so its appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, ApiSettings.CommandLineSwitches);
if (!ApiSettings.TryRead(builder.Configuration, out var settings, out var error))
{
    Console.Error.WriteLine($"search-api: {error}");
    return 2;
}

builder.AddApiHosting(settings);
var app = builder.Build();
app.UseApiHosting(settings);
app.Run();
return 0;

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
