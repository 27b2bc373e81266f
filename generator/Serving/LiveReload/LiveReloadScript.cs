namespace GeccPortal.Generator.Serving.LiveReload;

/// <summary>
/// The script the preview server adds to every HTML page it serves (never to the built site): it listens
/// on <see cref="LiveReloadEndpoints.EventsPath"/>, reloads on "reload", and shows content errors in an
/// overlay until the next good build.
/// </summary>
public static class LiveReloadScript
{
    public const string Source = """
        (() => {
          const events = new EventSource("/__gecc/live");
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("content-error", (e) => {
            let box = document.getElementById("gecc-live-error");
            if (!box) {
              box = document.createElement("pre");
              box.id = "gecc-live-error";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem;" +
                "background:#5c0000;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647";
              document.body.append(box);
            }
            box.textContent = "gecc: the content has errors; this is the last good build.\n\n" + e.data;
          });
        })();
        """;

    /// <summary>The tag added before <c>&lt;/body&gt;</c>.</summary>
    public const string Tag = "<script src=\"/__gecc/live.js\"></script>";

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c> (or at its end).</summary>
    public static string InjectInto(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag : html[..end] + Tag + html[end..];
    }
}
