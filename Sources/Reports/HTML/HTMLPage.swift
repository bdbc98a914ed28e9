/// A self-contained report page: XHTML (so that it parses as XML), inline CSS, charts as inline
/// SVG, no scripts and no external resources; laid out for a screen and for A4 landscape.
public struct HTMLPage: Sendable {
    private var body = ""
    let title: String

    public init(title: String, subtitle: String) {
        self.title = title
        body += "<header><h1>\(Self.escape(title))</h1><p class=\"subtitle\">\(Self.escape(subtitle))</p></header>\n"
    }

    /// Escapes text for XML content and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A section with a heading that says what it shows, an optional explanation, and content.
    public mutating func section(_ heading: String, note: String? = nil, _ content: String) {
        body += "<section><h2>\(Self.escape(heading))</h2>\n"
        if let note { body += "<p class=\"note\">\(Self.escape(note))</p>\n" }
        body += content + "</section>\n"
    }

    /// Content shown on demand (a native disclosure widget: no script needed).
    public static func details(_ summary: String, _ content: String) -> String {
        "<details><summary>\(escape(summary))</summary>\n\(content)</details>\n"
    }

    /// A table; `numeric` marks right-aligned columns.
    public static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "<table><thead><tr>"
        for (k, h) in header.enumerated() { out += "<th\(numeric.contains(k) ? " class=\"num\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            for (k, cell) in row.enumerated() { out += "<td\(numeric.contains(k) ? " class=\"num\"" : "")>\(escape(cell))</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    public func rendered() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
        <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.css)
        </style>
        </head>
        <body>
        \(body)<footer>Samplan · diagrammen är SVG i sidan; sidan hämtar inget utifrån.</footer>
        </body>
        </html>

        """
    }

    static let css = """
        @page { size: A4 landscape; margin: 12mm; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; margin: 24px auto; max-width: 1180px; line-height: 1.4; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
        .subtitle { color: #555; margin: 0 0 12px; }
        .note { color: #555; font-size: 13px; margin: 2px 0 8px; }
        table { border-collapse: collapse; font-size: 13px; margin: 6px 0 12px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #e2e2e2; text-align: left; }
        th { background: #f3f3f3; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        svg { display: block; max-width: 100%; height: auto; margin: 6px 0 10px; }
        svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
        .grid { display: flex; flex-wrap: wrap; gap: 10px; }
        .grid > div { flex: 0 0 370px; }
        .grid h3 { font-size: 14px; margin: 4px 0 0; }
        details { margin: 4px 0; }
        summary { cursor: pointer; color: #0072B2; }
        footer { margin-top: 30px; font-size: 11px; color: #888; }
        section { break-inside: avoid-page; }
        @media print { body { margin: 0; max-width: none; } details { display: block; } }
        """
}
