import Foundation

/// Charts as inline SVG strings: the one chart module of the reports. Every chart has a `<title>`
/// saying what it shows; its axes, scales, margins and label positions are computed from the data
/// and from estimated text widths (`textWidth`), so that lines span their axis, axes sit on their
/// lowest tick, and no label overlaps another or leaves the chart. Numbers are written the Swedish way.
///
/// Elements that tests measure carry classes: `plot` (the plot area rectangle), `x-axis`,
/// `y-axis`, `series` (a polyline).
public enum SVGChart {
    static let nbsp = "\u{00A0}"

    /// 1 234 567 with no-break spaces.
    public static func number(_ value: Double, decimals: Int = 0) -> String {
        NumberFormatting.swedish(value, decimals: decimals, groupSeparator: nbsp)
    }

    /// A change with its sign: "+1 234", "−56", "0".
    public static func signed(_ value: Double, decimals: Int = 0) -> String {
        let text = number(value, decimals: decimals)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != nbsp.first! }) ? "+" + text : text
    }

    static func f(_ v: Double) -> String { NumberFormatting.csv(v, decimals: 2) }
    static func e(_ s: String) -> String { HTMLPage.escape(s) }

    /// Estimated width in pixels of `s` at `size` px: 0.62 em a character, a little above the
    /// average advance of DejaVu Sans and Arial, so that layouts err on the roomy side.
    public static func textWidth(_ s: String, size: Double) -> Double { Double(s.count) * size * 0.62 }

    static func open(_ width: Double, _ height: Double, title: String, cssClass: String? = nil) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"\(cssClass.map { " class=\"\($0)\"" } ?? "") viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\">"
            + "<title>\(e(title))</title>\n"
    }

    static func text(_ x: Double, _ y: Double, _ s: String, size: Double = 11, anchor: String = "start", fill: String = "#333",
                     weight: String? = nil) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(weight.map { " font-weight=\"\($0)\"" } ?? "")>\(e(s))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil,
                     cssClass: String? = nil) -> String {
        "<line\(cssClass.map { " class=\"\($0)\"" } ?? "") x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\""
            + (width != 1 ? " stroke-width=\"\(f(width))\"" : "") + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    /// Round tick values covering [low, high]: the first ≤ low, the last ≥ high, about `count`
    /// steps of 1, 2, 2.5 or 5 × 10ⁿ. A chart's domain is [first, last], so its axis sits on a tick.
    public static func ticks(_ low: Double, _ high: Double, count: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [0, 1] }
        guard high > low else { return low == 0 ? [0, 1] : (low > 0 ? [0, low] : [low, 0]) }
        let raw = (high - low) / Double(max(1, count))
        let magnitude = pow(10, log10(raw).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-9) } ?? raw
        var out: [Double] = []
        let first = (low / step + 1e-9).rounded(.down)
        var k = first
        while true {
            let t = k * step
            out.append(abs(t) < step * 1e-9 ? 0 : t)
            if t >= high - step * 1e-9 { break }
            k += 1
        }
        return out
    }

    /// The decimals that tell ticks `step` apart.
    static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var d = 0, s = step
        while d < 4 && abs(s - s.rounded()) > 1e-6 { s *= 10; d += 1 }
        return d
    }

    // MARK: Series styles

    /// A marker drawn at each point of a line, so that lines differ in shape as well as colour.
    public enum Marker: Int, Sendable, CaseIterable { case circle, square, triangle, diamond, none }

    /// One line of a line chart.
    public struct Series: Sendable {
        public var name: String
        public var color: String
        /// An SVG dash array, or nil for a solid line.
        public var dash: String?
        public var marker: Marker
        public var points: [(Double, Double)]

        public init(name: String, color: String, dash: String? = nil, marker: Marker = .none, points: [(Double, Double)]) {
            self.name = name; self.color = color; self.dash = dash; self.marker = marker; self.points = points
        }

        static let dashes: [String?] = [nil, "7 3", "2 2", "8 3 2 3"]

        /// The `index`-th series of a chart: its own colour, and a dash pattern and marker so
        /// that it is told apart without colour too (no two of the first 16 share both).
        public static func styled(_ index: Int, name: String, points: [(Double, Double)]) -> Series {
            Series(name: name, color: Palette.categories[index % Palette.categories.count], dash: dashes[index % dashes.count],
                   marker: Marker(rawValue: (index + index / 4) % 4)!, points: points)
        }
    }

    static func marker(_ m: Marker, _ x: Double, _ y: Double, color: String) -> String {
        switch m {
        case .none: return ""
        case .circle: return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3\" fill=\"\(color)\"/>"
        case .square: return "<rect x=\"\(f(x - 3))\" y=\"\(f(y - 3))\" width=\"6\" height=\"6\" fill=\"\(color)\"/>"
        case .triangle: return "<polygon points=\"\(f(x)),\(f(y - 4)) \(f(x + 4)),\(f(y + 3)) \(f(x - 4)),\(f(y + 3))\" fill=\"\(color)\"/>"
        case .diamond: return "<polygon points=\"\(f(x)),\(f(y - 4)) \(f(x + 4)),\(f(y)) \(f(x)),\(f(y + 4)) \(f(x - 4)),\(f(y))\" fill=\"\(color)\"/>"
        }
    }

    /// A legend of swatches laid out in rows that wrap at `maxWidth`; returns the SVG and its height.
    static func legend(_ entries: [(name: String, swatch: (Double, Double) -> String)], x: Double, y: Double, maxWidth: Double,
                       size: Double = 10) -> (String, Double) {
        guard !entries.isEmpty else { return ("", 0) }
        var out = "", lx = x, ly = y
        let rowHeight = size + 6
        for entry in entries {
            let w = 24 + textWidth(entry.name, size: size) + 14
            if lx > x && lx + w > x + maxWidth { lx = x; ly += rowHeight }
            out += entry.swatch(lx, ly + size * 0.5)
            out += text(lx + 24, ly + size * 0.9, entry.name, size: size)
            lx += w
        }
        return (out, ly - y + rowHeight)
    }

    // MARK: Lines

    /// Lines over a shared x axis. The x domain is the data's (the lines span the plot from edge
    /// to edge); the y domain runs from the lowest to the highest round tick covering the data
    /// (and zero when `includeZero`). Tick labels that would overlap are thinned; the legend wraps.
    public static func lines(title: String, series: [Series], xLabel: String, yLabel: String, xTicks: [Double],
                             xTickLabel: (Double) -> String, width: Double = 360, height: Double = 200, legend showLegend: Bool = true,
                             yDecimals: Int? = nil, includeZero: Bool = true, zeroLine: Bool = false) -> String {
        let right = 14.0, bottom = 38.0
        let xs = series.flatMap { $0.points.map(\.0) }, ys = series.flatMap { $0.points.map(\.1) }
        var xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        if xHigh <= xLow { xLow -= 0.5; xHigh += 0.5 }
        var yLow = ys.min() ?? 0, yHigh = ys.max() ?? 1
        if includeZero { yLow = min(0, yLow); yHigh = max(0, yHigh) }
        let yTicks = ticks(yLow, yHigh, count: max(2, Int((height - 60) / 36)))
        let yMin = yTicks.first!, yMax = yTicks.last!
        let step = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
        let yTickLabels = yTicks.map { number($0, decimals: yDecimals ?? decimals(forStep: step)) }
        let left = 22 + (yTickLabels.map { textWidth($0, size: 9) }.max() ?? 20) + 8
        let (legendSVG, legendHeight) = showLegend ? legend(series.map { s in
            (s.name, { x, y in line(x, y, x + 18, y, stroke: s.color, width: 2, dash: s.dash) + marker(s.marker, x + 9, y, color: s.color) })
        }, x: left, y: 4, maxWidth: width - left - right) : ("", 0)
        let top = showLegend ? legendHeight + 10 : 10
        func x(_ v: Double) -> Double { left + (v - xLow) / (xHigh - xLow) * (width - left - right) }
        func y(_ v: Double) -> Double { top + (1 - (v - yMin) / (yMax - yMin)) * (height - top - bottom) }
        var out = open(width, height, title: title) + legendSVG
        out += "<rect class=\"plot\" x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(width - left - right))\" height=\"\(f(height - top - bottom))\" fill=\"none\"/>"
        for (k, t) in yTicks.enumerated() {
            out += line(left, y(t), width - right, y(t), stroke: "#e5e5e5")
            out += text(left - 4, y(t) + 3, yTickLabels[k], size: 9, anchor: "end", fill: "#555")
        }
        if zeroLine && yMin < 0 && yMax > 0 { out += line(left, y(0), width - right, y(0), stroke: "#333", dash: "3 2") }
        // x tick labels: keep those that do not run into the one kept before, nor past the edges.
        var lastRight = -Double.infinity
        for t in xTicks where t >= xLow - 1e-9 && t <= xHigh + 1e-9 {
            let label = xTickLabel(t), w = textWidth(label, size: 9), cx = x(t)
            guard cx - w / 2 > lastRight + 4, cx - w / 2 >= 0, cx + w / 2 <= width else { continue }
            out += line(cx, height - bottom, cx, height - bottom + 4, stroke: "#333")
            out += text(cx, height - bottom + 14, label, size: 9, anchor: "middle", fill: "#555")
            lastRight = cx + w / 2
        }
        out += line(left, height - bottom, width - right, height - bottom, stroke: "#333", cssClass: "x-axis")
        out += line(left, top, left, height - bottom, stroke: "#333", cssClass: "y-axis")
        for s in series where !s.points.isEmpty {
            let path = s.points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
            out += "<polyline class=\"series\" points=\"\(path)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"\(s.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")><title>\(e(s.name))</title></polyline>"
            for p in s.points { out += marker(s.marker, x(p.0), y(p.1), color: s.color) }
        }
        out += text(left + (width - left - right) / 2, height - 4, xLabel, size: 10, anchor: "middle", fill: "#555")
        let midY = top + (height - top - bottom) / 2
        out += "<text x=\"11\" y=\"\(f(midY))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\" transform=\"rotate(-90 11 \(f(midY)))\">\(e(yLabel))</text>"
        return out + "</svg>\n"
    }

    // MARK: Heat maps and matrices

    /// A heat map: rows × columns of values in [0, scaleMax]; marked cells get a red outline and
    /// "!", and `notes[r][c]` (e.g. which specialty is over) goes into the cell's tooltip.
    public static func heatMap(title: String, rows: [String], columns: [String], values: [[Double?]], marked: [[Bool]],
                               notes: [[String?]]? = nil, scaleMax: Double, legend: String, markLegend: String? = nil,
                               cellWidth: Double = 34) -> String {
        let cell = 18.0
        let left = max(48, (rows.map { textWidth($0, size: 10) }.max() ?? 40) + 12), top = 30.0
        let legendText = "\(number(scaleMax * 100)) %  \(legend)"
        let legendRows = markLegend == nil ? 1.0 : 2.0
        let bottom = 16 + 18 * legendRows
        let gridWidth = left + cellWidth * Double(columns.count) + 10
        let legendWidth = left + 224 + textWidth(legendText, size: 9) + 10
        let markWidth = left + 30 + textWidth(markLegend ?? "", size: 9) + 10
        let width = max(gridWidth, legendWidth, markWidth), height = top + cell * Double(rows.count) + bottom
        var out = open(width, height, title: title)
        for (c, label) in columns.enumerated() { out += text(left + cellWidth * (Double(c) + 0.5), top - 8, label, size: 10, anchor: "middle", fill: "#555") }
        for (r, label) in rows.enumerated() {
            let y = top + Double(r) * cell
            out += text(left - 6, y + 13, label, size: 10, anchor: "end")
            for c in columns.indices {
                let x = left + Double(c) * cellWidth
                guard let v = values[r][c] else {
                    out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth - 1))\" height=\"\(f(cell - 1))\" fill=\"#f4f4f4\"/>"
                    continue
                }
                let fill = Palette.sequential(v / scaleMax)
                let note = notes?[r][c].map { ", " + $0 } ?? ""
                out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth - 1))\" height=\"\(f(cell - 1))\" fill=\"\(fill)\"\(marked[r][c] ? " stroke=\"#D55E00\" stroke-width=\"2\"" : "")><title>\(e(label)), \(e(columns[c])): \(number(v * 100)) %\(marked[r][c] ? ", överbeläggning" : "")\(e(note))</title></rect>"
                out += text(x + cellWidth / 2, y + 12.5, (marked[r][c] ? "!" : "") + number(v * 100), size: 8, anchor: "middle",
                            fill: Palette.text(on: fill))
            }
        }
        // Legend: the scale from 0 to scaleMax, then what "!" means.
        let ly = top + cell * Double(rows.count) + 14
        for k in 0..<10 {
            out += "<rect x=\"\(f(left + Double(k) * 22))\" y=\"\(f(ly))\" width=\"22\" height=\"10\" fill=\"\(Palette.sequential(Double(k) / 9))\"/>"
        }
        out += text(left - 6, ly + 9, "0 %", size: 9, anchor: "end", fill: "#555")
        out += text(left + 226, ly + 9, legendText, size: 9, fill: "#555")
        if let markLegend {
            out += "<rect x=\"\(f(left))\" y=\"\(f(ly + 17))\" width=\"22\" height=\"12\" fill=\"#fff\" stroke=\"#D55E00\" stroke-width=\"2\"/>"
            out += text(left + 11, ly + 27, "!", size: 9, anchor: "middle", fill: "#222")
            out += text(left + 30, ly + 27, markLegend, size: 9, fill: "#555")
        }
        return out + "</svg>\n"
    }

    /// A matrix of numbers with shaded cells (e.g. cases from home region to producing region, or
    /// cases per week). Column widths hold the longest column label and value.
    public static func matrix(title: String, rows: [String], columns: [String], values: [[Double]], rowAxis: String, columnAxis: String,
                              decimals: Int = 0) -> String {
        let left = max(textWidth(rowAxis, size: 11), rows.map { textWidth($0, size: 10) }.max() ?? 40) + 18
        let labels = values.map { $0.map { v in v <= 0 ? "–" : (number(v, decimals: decimals) == "0" ? "<1" : number(v, decimals: decimals)) } }
        let cellWidth = max(44, (columns.map { textWidth($0, size: 10) }.max() ?? 0) + 12, (labels.flatMap { $0 }.map { textWidth($0, size: 10) }.max() ?? 0) + 10)
        let top = 50.0, cell = 24.0
        let width = left + cellWidth * Double(columns.count) + 10, height = top + cell * Double(rows.count) + 10
        let high = max(1e-9, values.flatMap { $0 }.max() ?? 1)
        var out = open(width, height, title: title)
        out += text(left + cellWidth * Double(columns.count) / 2, 14, columnAxis, size: 11, anchor: "middle", fill: "#555", weight: "bold")
        out += text(8, top - 10, rowAxis, size: 11, fill: "#555", weight: "bold")
        for (c, label) in columns.enumerated() { out += text(left + cellWidth * (Double(c) + 0.5), top - 10, label, size: 10, anchor: "middle") }
        for (r, label) in rows.enumerated() {
            let y = top + Double(r) * cell
            out += text(left - 8, y + 16, label, size: 10, anchor: "end")
            for c in columns.indices {
                let v = values[r][c], x = left + Double(c) * cellWidth
                let shade = v > 0 ? Palette.sequential(0.25 + 0.75 * sqrt(v / high)) : "#f7f7f7"
                out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth - 2))\" height=\"\(f(cell - 2))\" fill=\"\(shade)\"><title>\(e(label)) → \(e(columns[c])): \(number(v, decimals: 1)) fall</title></rect>"
                out += text(x + cellWidth / 2 - 1, y + 16, labels[r][c], size: 10, anchor: "middle", fill: Palette.text(on: shade))
            }
        }
        return out + "</svg>\n"
    }
}
