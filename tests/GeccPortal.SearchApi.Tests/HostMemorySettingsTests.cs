using System.Text.Json;

using GeccPortal.Search.Querying;

namespace GeccPortal.SearchApi.Tests;

/// <summary>The GC settings the host's project writes into its runtimeconfig.json, read as the runtime reads them.</summary>
public sealed class HostMemorySettingsTests
{
    private static JsonElement HostConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "GeccPortal.SearchApi.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_heap_ceiling_holds_two_in_memory_generations_and_room_for_requests()
    {
        var ceiling = HostConfigProperties().GetProperty("System.GC.HeapHardLimit").GetInt64();

        // While a new generation opens, the old one still serves the requests in flight: two copies at once.
        Assert.True(
            ceiling >= (2 * GenerationDirectory.DefaultInMemoryMaxBytes) + (192L << 20),
            $"heap ceiling {ceiling >> 20} MB leaves too little beside two {GenerationDirectory.DefaultInMemoryMaxBytes >> 20} MB generations");
    }

    [Fact]
    public void The_host_runs_the_workstation_gc_and_conserves_memory()
    {
        var properties = HostConfigProperties();

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(7, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
