/// A self-contained report page: XHTML (so that it parses as XML), inline CSS, charts as inline
/// SVG, no scripts and no external resources; laid out for a screen and for A4 landscape.
public struct HTMLPage: Sendable {
    private var body = ""
    private let header: String
    private var settingsHTML = ""
    private var contents: [(String, String)] = []
    let title: String

    public init(title: String, subtitle: String) {
        self.title = title
        header = "<header><h1>\(Self.escape(title))</h1><p class=\"subtitle\">\(Self.escape(subtitle))</p></header>\n"
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

    /// A section with a heading that says what it shows, an optional explanation, a short
    /// "how to read this" line for its chart, and content. Every section gets an anchor (`id`, or
    /// one made from the heading) and a line in the page's table of contents.
    public mutating func section(_ heading: String, id: String? = nil, note: String? = nil, howToRead: String? = nil, _ content: String) {
        let anchor = id ?? Self.anchor(heading)
        contents.append((anchor, heading))
        body += Self.sectionHTML(heading, id: anchor, note: note, howToRead: howToRead, content)
    }

    /// A section's markup as `section(_:id:note:howToRead:_:)` adds it, for a section spliced into
    /// a rendered page (the uncertainty section of a merged run).
    public static func sectionHTML(_ heading: String, id anchor: String, note: String? = nil, howToRead: String? = nil, _ content: String) -> String {
        var out = "<section id=\"\(escape(anchor))\"><h2>\(escape(heading))</h2>\n"
        if let note { out += "<p class=\"note\">\(escape(note))</p>\n" }
        if let howToRead { out += howTo(howToRead) }
        return out + content + "</section>\n"
    }

    /// The "how to read this chart" line.
    public static func howTo(_ text: String) -> String {
        "<p class=\"howto\"><strong>Så läser du diagrammet:</strong> \(escape(text))</p>\n"
    }

    /// The scenario's key settings, shown under the title.
    public mutating func settings(_ pairs: [(String, String)]) {
        settingsHTML += "<dl class=\"settings\">" + pairs.map { "<div><dt>\(Self.escape($0.0))</dt><dd>\(Self.escape($0.1))</dd></div>" }.joined() + "</dl>\n"
    }

    /// An anchor from a heading: lower-case ASCII letters and digits joined by `-`.
    public static func anchor(_ text: String) -> String {
        let map: [Character: String] = ["å": "a", "ä": "a", "ö": "o", "é": "e", "Å": "a", "Ä": "a", "Ö": "o"]
        var out = "", dash = false
        for c in text {
            let piece = map[c] ?? (c.isASCII && (c.isLetter || c.isNumber) ? c.lowercased() : "")
            if piece.isEmpty { dash = !out.isEmpty; continue }
            if dash { out += "-"; dash = false }
            out += piece
        }
        return out.isEmpty ? "del" : out
    }

    /// A link within the page or to a neighbouring file.
    public static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }

    /// Content shown on demand (a native disclosure widget: no script needed).
    public static func details(_ summary: String, _ content: String) -> String {
        "<details><summary>\(escape(summary))</summary>\n\(content)</details>\n"
    }

    /// A table; `numeric` marks right-aligned columns.
    public static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], rowIDs: [String?]? = nil,
                             links: (column: Int, hrefs: [String?])? = nil) -> String {
        var out = "<table><thead><tr>"
        for (k, h) in header.enumerated() { out += "<th\(numeric.contains(k) ? " class=\"num\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead><tbody>\n"
        for (r, row) in rows.enumerated() {
            out += rowIDs?[r].map { "<tr id=\"\(escape($0))\">" } ?? "<tr>"
            for (k, cell) in row.enumerated() {
                let text = links.flatMap { $0.column == k ? $0.hrefs[r] : nil }.map { link($0, cell) } ?? escape(cell)
                out += "<td\(numeric.contains(k) ? " class=\"num\"" : "")>\(text)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Links to every section, after the title.
    var navigation: String {
        guard contents.count > 1 else { return "" }
        return "<nav><strong>Innehåll:</strong> " + contents.map { Self.link("#" + $0.0, $0.1) }.joined(separator: " · ") + "</nav>\n"
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
        \(header)\(settingsHTML)\(navigation)\(body)<footer>Samplan · diagrammen är SVG i sidan; sidan hämtar inget utifrån.</footer>
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
        .howto { color: #333; font-size: 13px; margin: 2px 0 8px; background: #f5f8fb; border-left: 3px solid #0072B2; padding: 3px 8px; }
        nav { font-size: 13px; margin: 6px 0 10px; }
        a { color: #005A8C; }
        dl.settings { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 13px; margin: 4px 0 10px; }
        dl.settings dt { display: inline; color: #555; }
        dl.settings dt::after { content: ": "; }
        dl.settings dd { display: inline; margin: 0; }
        table { border-collapse: collapse; font-size: 13px; margin: 6px 0 12px; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #e2e2e2; text-align: left; }
        th { background: #f3f3f3; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
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
