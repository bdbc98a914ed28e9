import Foundation

/// Charts as inline SVG strings. Every chart has a `<title>` saying what it shows, axis labels,
/// and values written the Swedish way.
public enum SVGChart {
    static let nbsp = "\u{00A0}"

    /// 1 234 567 with no-break spaces.
    public static func number(_ value: Double, decimals: Int = 0) -> String {
        NumberFormatting.swedish(value, decimals: decimals, groupSeparator: nbsp)
    }

    static func f(_ v: Double) -> String { NumberFormatting.csv(v, decimals: 2) }
    static func e(_ s: String) -> String { HTMLPage.escape(s) }

    static func open(_ width: Double, _ height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\">"
            + "<title>\(e(title))</title>\n"
    }

    static func text(_ x: Double, _ y: Double, _ s: String, size: Double = 11, anchor: String = "start", fill: String = "#333",
                     weight: String? = nil) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(weight.map { " font-weight=\"\($0)\"" } ?? "")>\(e(s))</text>"
    }

    /// About `count` round tick values covering [low, high].
    static func ticks(_ low: Double, _ high: Double, count: Int = 5) -> [Double] {
        guard high > low else { return [low] }
        let raw = (high - low) / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var out: [Double] = []
        var t = (low / step).rounded(.down) * step
        while t <= high + step * 1e-9 { out.append(t); t += step }
        return out
    }

    /// Horizontal bars, negative to the left of zero (e.g. net settlement per region).
    public static func bars(title: String, _ items: [(label: String, value: Double)], unit: String = "SEK",
                            width: Double = 760) -> String {
        let rowHeight = 26.0, left = 150.0, right = 40.0, top = 10.0, bottom = 30.0
        let height = top + bottom + rowHeight * Double(items.count)
        let low = min(0, items.map(\.value).min() ?? 0), high = max(0, items.map(\.value).max() ?? 0)
        let span = max(high - low, 1)
        let plot = width - left - right
        func x(_ v: Double) -> Double { left + (v - low) / span * plot }
        var out = open(width, height, title: title)
        for t in ticks(low, high) {
            out += "<line x1=\"\(f(x(t)))\" y1=\"\(f(top))\" x2=\"\(f(x(t)))\" y2=\"\(f(height - bottom))\" stroke=\"#e5e5e5\"/>"
            out += text(x(t), height - bottom + 16, number(t / 1e6, decimals: span < 5e6 ? 1 : 0) + " mn", size: 10, anchor: "middle", fill: "#666")
        }
        for (k, item) in items.enumerated() {
            let y = top + Double(k) * rowHeight
            let x0 = x(min(0, item.value)), x1 = x(max(0, item.value))
            out += text(left - 8, y + 17, item.label, anchor: "end")
            out += "<rect x=\"\(f(x0))\" y=\"\(f(y + 4))\" width=\"\(f(max(0.5, x1 - x0)))\" height=\"\(f(rowHeight - 8))\" fill=\"\(item.value >= 0 ? Palette.positive : Palette.negative)\"><title>\(e(item.label)): \(number(item.value)) \(unit)</title></rect>"
            let labelX = item.value >= 0 ? x1 + 4 : x0 - 4
            out += text(labelX, y + 17, number(item.value) + nbsp + unit, size: 10, anchor: item.value >= 0 ? "start" : "end", fill: "#333")
        }
        out += "<line x1=\"\(f(x(0)))\" y1=\"\(f(top))\" x2=\"\(f(x(0)))\" y2=\"\(f(height - bottom))\" stroke=\"#333\"/>"
        out += text(left + plot / 2, height - 2, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#666")
        return out + "</svg>\n"
    }

    /// Horizontal grouped bars: one group per label, one bar per series (e.g. A and B).
    public static func groupedBars(title: String, labels: [String], series: [(name: String, values: [Double])],
                                   unit: String = "SEK", width: Double = 760) -> String {
        let barHeight = 12.0, gap = 10.0, left = 150.0, right = 90.0, top = 12.0 + 16 * Double(series.count), bottom = 30.0
        let groupHeight = barHeight * Double(series.count) + gap
        let height = top + bottom + groupHeight * Double(labels.count)
        let all = series.flatMap(\.values)
        let low = min(0, all.min() ?? 0), high = max(0, all.max() ?? 0), span = max(high - low, 1)
        let plot = width - left - right
        func x(_ v: Double) -> Double { left + (v - low) / span * plot }
        var out = open(width, height, title: title)
        for (s, item) in series.enumerated() {
            out += "<rect x=\"\(f(left))\" y=\"\(f(4 + 16 * Double(s)))\" width=\"12\" height=\"12\" fill=\"\(Palette.categories[s])\"/>"
            out += text(left + 16, 14 + 16 * Double(s), item.name, size: 11)
        }
        for t in ticks(low, high) {
            out += "<line x1=\"\(f(x(t)))\" y1=\"\(f(top))\" x2=\"\(f(x(t)))\" y2=\"\(f(height - bottom))\" stroke=\"#e5e5e5\"/>"
            out += text(x(t), height - bottom + 16, number(t / 1e6, decimals: span < 5e6 ? 1 : 0) + " mn", size: 10, anchor: "middle", fill: "#666")
        }
        for (k, label) in labels.enumerated() {
            let y0 = top + Double(k) * groupHeight
            out += text(left - 8, y0 + groupHeight / 2 + 2, label, anchor: "end")
            for (s, item) in series.enumerated() {
                let v = item.values[k], y = y0 + Double(s) * barHeight
                let a = x(min(0, v)), b = x(max(0, v))
                out += "<rect x=\"\(f(a))\" y=\"\(f(y))\" width=\"\(f(max(0.5, b - a)))\" height=\"\(f(barHeight - 2))\" fill=\"\(Palette.categories[s])\"><title>\(e(label)), \(e(item.name)): \(number(v)) \(unit)</title></rect>"
                out += text(v >= 0 ? b + 4 : a - 4, y + barHeight - 3, number(v), size: 9, anchor: v >= 0 ? "start" : "end", fill: "#444")
            }
        }
        out += "<line x1=\"\(f(x(0)))\" y1=\"\(f(top))\" x2=\"\(f(x(0)))\" y2=\"\(f(height - bottom))\" stroke=\"#333\"/>"
        out += text(left + plot / 2, height - 2, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#666")
        return out + "</svg>\n"
    }

    /// Stacked horizontal bars (e.g. a proposal's cost split into fixed, case, travel, penalty).
    public static func stackedBars(title: String, labels: [String], parts: [String], values: [[Double]], unit: String = "SEK",
                                   width: Double = 900) -> String {
        let rowHeight = 22.0, left = 260.0, right = 110.0, top = 28.0, bottom = 30.0
        let height = top + bottom + rowHeight * Double(labels.count)
        let high = max(1, values.map { $0.reduce(0, +) }.max() ?? 1)
        let plot = width - left - right
        func w(_ v: Double) -> Double { v / high * plot }
        var out = open(width, height, title: title)
        for (s, name) in parts.enumerated() {
            out += "<rect x=\"\(f(left + Double(s) * 130))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(Palette.categories[s])\"/>"
            out += text(left + Double(s) * 130 + 16, 16, name, size: 11)
        }
        for t in ticks(0, high) {
            out += "<line x1=\"\(f(left + w(t)))\" y1=\"\(f(top))\" x2=\"\(f(left + w(t)))\" y2=\"\(f(height - bottom))\" stroke=\"#e5e5e5\"/>"
            out += text(left + w(t), height - bottom + 16, number(t / 1e6) + " mn", size: 10, anchor: "middle", fill: "#666")
        }
        for (k, label) in labels.enumerated() {
            let y = top + Double(k) * rowHeight
            out += text(left - 8, y + 15, label, size: 10, anchor: "end")
            var x = left
            for (s, v) in values[k].enumerated() where v > 0 {
                out += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w(v)))\" height=\"\(f(rowHeight - 6))\" fill=\"\(Palette.categories[s])\"><title>\(e(label)), \(e(parts[s])): \(number(v)) \(unit)</title></rect>"
                x += w(v)
            }
            out += text(x + 4, y + 15, number(values[k].reduce(0, +)) + nbsp + unit, size: 10, fill: "#444")
        }
        out += text(left + plot / 2, height - 2, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#666")
        return out + "</svg>\n"
    }

    /// Lines over a shared x axis, each with a colour and optionally dashed.
    public static func lines(title: String, series: [(name: String, color: String, dashed: Bool, points: [(Double, Double)])],
                             xLabel: String, yLabel: String, xTicks: [Double], xTickLabel: (Double) -> String,
                             width: Double = 360, height: Double = 200, legend: Bool = true, yDecimals: Int = 0) -> String {
        let left = 58.0, right = 10.0, top = legend ? 26.0 : 10.0, bottom = 34.0
        let xs = series.flatMap { $0.points.map(\.0) }, ys = series.flatMap { $0.points.map(\.1) }
        let xLow = xs.min() ?? 0, xHigh = max(xs.max() ?? 1, (xs.min() ?? 0) + 1)
        let yLow = min(0, ys.min() ?? 0), yHigh = max(ys.max() ?? 1, yLow + 1)
        let yTicks = ticks(yLow, yHigh, count: 4)
        let yTop = max(yHigh, yTicks.last ?? yHigh)
        func x(_ v: Double) -> Double { left + (v - xLow) / (xHigh - xLow) * (width - left - right) }
        func y(_ v: Double) -> Double { top + (1 - (v - yLow) / (yTop - yLow)) * (height - top - bottom) }
        var out = open(width, height, title: title)
        if legend {
            var lx = left
            for s in series {
                out += "<line x1=\"\(f(lx))\" y1=\"12\" x2=\"\(f(lx + 16))\" y2=\"12\" stroke=\"\(s.color)\" stroke-width=\"2\"\(s.dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
                out += text(lx + 20, 16, s.name, size: 10)
                lx += 26 + Double(s.name.count) * 6
            }
        }
        for t in yTicks {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(t)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(t)))\" stroke=\"#e5e5e5\"/>"
            out += text(left - 4, y(t) + 3, number(t, decimals: yDecimals), size: 9, anchor: "end", fill: "#666")
        }
        for t in xTicks {
            out += text(x(t), height - bottom + 13, xTickLabel(t), size: 9, anchor: "middle", fill: "#666")
        }
        out += "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" stroke=\"#333\"/>"
        for s in series where !s.points.isEmpty {
            let path = s.points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
            out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"\(s.dashed ? " stroke-dasharray=\"4 3\"" : "")><title>\(e(s.name))</title></polyline>"
        }
        out += text(left + (width - left - right) / 2, height - 4, xLabel, size: 10, anchor: "middle", fill: "#666")
        out += "<text x=\"12\" y=\"\(f(top + (height - top - bottom) / 2))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666\" transform=\"rotate(-90 12 \(f(top + (height - top - bottom) / 2)))\">\(e(yLabel))</text>"
        return out + "</svg>\n"
    }

    /// A heat map: rows × columns of values in [0, scaleMax]; marked cells get a red outline and "!".
    public static func heatMap(title: String, rows: [String], columns: [String], values: [[Double?]], marked: [[Bool]],
                               scaleMax: Double, legend: String, cellWidth: Double = 34) -> String {
        let left = 200.0, top = 34.0, cell = 18.0, bottom = 40.0
        let width = left + cellWidth * Double(columns.count) + 20, height = top + cell * Double(rows.count) + bottom
        var out = open(width, height, title: title)
        for (c, label) in columns.enumerated() { out += text(left + cellWidth * (Double(c) + 0.5), top - 6, label, size: 10, anchor: "middle", fill: "#555") }
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
                out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth - 1))\" height=\"\(f(cell - 1))\" fill=\"\(fill)\"\(marked[r][c] ? " stroke=\"#D55E00\" stroke-width=\"2\"" : "")><title>\(e(label)), \(e(columns[c])): \(number(v * 100)) %\(marked[r][c] ? ", överbeläggning" : "")</title></rect>"
                out += text(x + cellWidth / 2, y + 12.5, (marked[r][c] ? "!" : "") + number(v * 100), size: 8, anchor: "middle",
                            fill: v / scaleMax > 0.6 ? "#222" : "#fff")
            }
        }
        // Legend: the scale from 0 to scaleMax.
        let ly = height - 22
        for k in 0..<10 {
            out += "<rect x=\"\(f(left + Double(k) * 22))\" y=\"\(f(ly))\" width=\"22\" height=\"10\" fill=\"\(Palette.sequential(Double(k) / 9))\"/>"
        }
        out += text(left - 6, ly + 9, "0 %", size: 9, anchor: "end", fill: "#555")
        out += text(left + 224, ly + 9, "\(number(scaleMax * 100)) %   \(legend)", size: 9, fill: "#555")
        return out + "</svg>\n"
    }

    /// A matrix of numbers with shaded cells (e.g. cases from home region to producing region).
    public static func matrix(title: String, rows: [String], columns: [String], values: [[Double]], rowAxis: String, columnAxis: String) -> String {
        let left = 150.0, top = 56.0, cellWidth = 96.0, cell = 26.0
        let width = left + cellWidth * Double(columns.count) + 10, height = top + cell * Double(rows.count) + 10
        let high = max(1, values.flatMap { $0 }.max() ?? 1)
        var out = open(width, height, title: title)
        out += text(left + cellWidth * Double(columns.count) / 2, 14, columnAxis, size: 11, anchor: "middle", fill: "#555", weight: "bold")
        out += text(8, top - 10, rowAxis, size: 11, fill: "#555", weight: "bold")
        for (c, label) in columns.enumerated() { out += text(left + cellWidth * (Double(c) + 0.5), top - 10, label, size: 10, anchor: "middle") }
        for (r, label) in rows.enumerated() {
            let y = top + Double(r) * cell
            out += text(left - 8, y + 17, label, size: 10, anchor: "end")
            for c in columns.indices {
                let v = values[r][c], x = left + Double(c) * cellWidth
                let shade = v > 0 ? Palette.sequential(0.25 + 0.75 * sqrt(v / high)) : "#f7f7f7"
                out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellWidth - 2))\" height=\"\(f(cell - 2))\" fill=\"\(shade)\"><title>\(e(label)) → \(e(columns[c])): \(number(v, decimals: 1)) fall</title></rect>"
                out += text(x + cellWidth / 2 - 1, y + 17, v > 0 ? number(v) : "–", size: 10, anchor: "middle", fill: v > 0 && sqrt(v / high) < 0.5 ? "#fff" : "#222")
            }
        }
        return out + "</svg>\n"
    }
}
