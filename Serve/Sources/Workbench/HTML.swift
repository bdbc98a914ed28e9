import Foundation

/// Server-rendered HTML in Swedish: one layout, escaping, small helpers. No JavaScript is needed
/// to read any page; no file comes from another server.
enum HTML {
    /// Text made safe for element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A path inside the workspace as a URL path: each segment percent-encoded.
    static func pathURL(_ path: String) -> String {
        path.split(separator: "/").map { segment in
            String(segment).addingPercentEncoding(withAllowedCharacters: .urlPathAllowedSegment) ?? String(segment)
        }.joined(separator: "/")
    }

    /// A whole page: header with the navigation, `body`, footer; `head` is added to the head
    /// (a script, a refresh).
    static func page(title: String, body: String, head: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) – Samplan</title>
        <style>\(style)</style>
        \(head)</head>
        <body>
        <header><a class="brand" href="/">Samplan</a>
        <nav><a href="/">Scenarier</a> <a href="/historik">Historik</a> <a href="/jamfor">Jämför</a></nav></header>
        <main>
        <h1>\(escape(title))</h1>
        \(body)
        </main>
        <footer>Samplan \(escape(WorkbenchInfo.samplanVersion)) · produktionsplanering för Sjukvårdsregion Mellansverige</footer>
        </body>
        </html>

        """
    }

    /// A table with a header row; cells are HTML already. `numeric` columns are right-aligned.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "<table>\n<thead><tr>"
        for (k, h) in header.enumerated() { out += "<th\(numeric.contains(k) ? " class=\"num\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (k, cell) in row.enumerated() { out += "<td\(numeric.contains(k) ? " class=\"num\"" : "")>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2633;background:#f6f7f9}
    header{background:#0b4f6c;color:#fff;padding:.6rem 1.2rem;display:flex;gap:2rem;align-items:baseline}
    header a{color:#fff;text-decoration:none;margin-right:1rem}.brand{font-weight:700;font-size:1.2rem}
    main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem}footer{color:#667;font-size:.8rem;padding:1rem 1.2rem;text-align:center}
    table{border-collapse:collapse;background:#fff;margin:.5rem 0 1.5rem;width:100%}
    th,td{border-bottom:1px solid #dde;padding:.35rem .6rem;text-align:left;vertical-align:top}
    th{background:#eef1f5}.num{text-align:right;font-variant-numeric:tabular-nums}
    .muted{color:#667}.error{color:#a4161a;font-weight:600}.notice{background:#fff3cd;padding:.6rem;border-left:4px solid #e0a800}
    form .field{margin:.6rem 0}label{display:block;font-weight:600;margin-bottom:.2rem}
    input,select{font:inherit;padding:.25rem}fieldset{border:1px solid #ccd;background:#fff;margin:1rem 0;padding:.6rem 1rem}
    .field-error{color:#a4161a;margin:.2rem 0 0}.invalid{outline:2px solid #a4161a}
    button{font:inherit;padding:.4rem 1rem;background:#0b4f6c;color:#fff;border:0;border-radius:3px;cursor:pointer}
    pre{background:#fff;border:1px solid #dde;padding:.6rem;overflow:auto}dl{display:grid;grid-template-columns:max-content auto;gap:.3rem 1rem}
    dt{font-weight:600}dd{margin:0}
    .actions{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:1rem 0}.actions form{margin:0}
    a.button{display:inline-block;padding:.4rem 1rem;background:#0b4f6c;color:#fff;border-radius:3px;text-decoration:none}
    a.button.secondary,button.secondary{background:#fff;color:#0b4f6c;border:1px solid #0b4f6c}
    button.danger{background:#a4161a}.status{font-weight:600}.status-finished{color:#1b6e2d}.status-failed,.status-interrupted{color:#a4161a}
    #live{background:#fff;border:1px solid #dde;padding:.8rem 1rem;margin:1rem 0}progress{width:100%;height:1.2rem}
    .nowrap,button{white-space:nowrap}
    iframe.report{width:100%;height:80vh;border:1px solid #dde;background:#fff}.key{font-size:1.4rem;font-weight:700}
    """
}

extension CharacterSet {
    /// Unreserved characters: what one path segment may hold unencoded.
    static let urlPathAllowedSegment: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()
}
