import Hummingbird

/// The one script the workbench serves (`/static/korning.js`), from the binary: the run page's
/// live status. Without JavaScript the page reloads itself every few seconds instead (a
/// `<noscript>` refresh), so nothing depends on it.
enum Assets {
    static let runScript = """
    // Samplan: a run's status live, from the server's events (text/event-stream).
    (function () {
      "use strict";
      var live = document.getElementById("live");
      if (!live || !window.EventSource) { return; }
      var text = document.getElementById("live-text");
      var bar = document.getElementById("live-bar");
      var source = new EventSource(live.getAttribute("data-events"));
      function show(event) {
        var data = {};
        try { data = JSON.parse(event.data); } catch (e) { return; }
        if (text && data.text) { text.textContent = data.text; }
        if (bar) {
          if (typeof data.fraction === "number") { bar.value = data.fraction; }
          else if (event.type !== "progress") { bar.removeAttribute("value"); }
        }
        return data;
      }
      ["queued", "started", "progress"].forEach(function (name) { source.addEventListener(name, show); });
      source.addEventListener("ended", function (event) {
        show(event);
        source.close();
        // The finished page shows the report and the files: load it.
        window.location.reload();
      });
    })();

    """

    static func script() -> Response {
        Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: runScript)))
    }
}
