namespace GeccPortal.Generator.Serving.LiveReload;

/// <summary>
/// The script the preview server adds to every HTML page it serves (never to the built site): it listens
/// on <see cref="LiveReloadEndpoints.EventsPath"/>, reloads on "reload", and shows content errors in an
/// overlay until the next good build (<see cref="ProblemPanel"/>, sent as the event's data).
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
              box = document.createElement("div");
              box.id = "gecc-live-error";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;" +
                "background:#5c0000;color:#fff;font:16px/1.6 Sarabun,system-ui,sans-serif;z-index:2147483647";
              const style = document.createElement("style");
              style.textContent = "#gecc-live-error h2{font-size:1.25rem;margin:0 0 .25rem}#gecc-live-error p{margin:.25rem 0}" +
                "#gecc-live-error ol{margin:.5rem 0 0;padding-left:1.5rem}#gecc-live-error li{margin:.5rem 0}" +
                "#gecc-live-error code,#gecc-live-error .gecc-problem-message{font:14px/1.5 monospace;white-space:pre-wrap;overflow-wrap:anywhere}" +
                "#gecc-live-error .warning strong{color:#ffd966}";
              box.append(style, document.createElement("div"));
              document.body.append(box);
            }
            // The panel is made and encoded by gecc itself (ProblemPanel), never from the page.
            box.lastChild.innerHTML = e.data;
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
