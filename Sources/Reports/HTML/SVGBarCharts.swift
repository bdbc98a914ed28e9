import Foundation

/// The bar charts of the chart module: plain, grouped and stacked horizontal bars.
extension SVGChart {
    // MARK: Bars

    /// Horizontal bars, negative to the left of zero (e.g. net settlement per region), each with its
    /// value written beside it. Margins hold the longest name and the longest value label.
    public static func bars(title: String, _ items: [(label: String, value: Double)], unit: String = "SEK",
                            width: Double = 760, links: [String?]? = nil) -> String {
        let rowHeight = 26.0, top = 10.0, bottom = 34.0
        let left = (items.map { textWidth($0.label, size: 11) }.max() ?? 40) + 16
        let valueLabels = items.map { number($0.value) + nbsp + unit }
        let rightPad = (zip(items, valueLabels).filter { $0.0.value >= 0 }.map { textWidth($0.1, size: 10) }.max() ?? 0) + 12
        let leftPad = (zip(items, valueLabels).filter { $0.0.value < 0 }.map { textWidth($0.1, size: 10) }.max() ?? 0) + 8
        let height = top + bottom + rowHeight * Double(items.count)
        let plotLeft = left + leftPad, plotRight = width - rightPad
        let values = items.map(\.value)
        let tickCount = max(2, Int((plotRight - plotLeft) / 90))
        let tickValues = ticks(min(0, values.min() ?? 0), max(0, values.max() ?? 0), count: tickCount)
        let low = tickValues.first!, high = tickValues.last!
        func x(_ v: Double) -> Double { plotLeft + (v - low) / (high - low) * (plotRight - plotLeft) }
        var out = open(width, height, title: title)
        out += "<rect class=\"plot\" x=\"\(f(plotLeft))\" y=\"\(f(top))\" width=\"\(f(plotRight - plotLeft))\" height=\"\(f(height - top - bottom))\" fill=\"none\"/>"
        let step = tickValues.count > 1 ? tickValues[1] - tickValues[0] : 1
        for t in tickValues {
            out += line(x(t), top, x(t), height - bottom, stroke: "#e5e5e5")
            out += text(x(t), height - bottom + 14, number(t / 1e6, decimals: decimals(forStep: step / 1e6)), size: 10, anchor: "middle", fill: "#555")
        }
        for (k, item) in items.enumerated() {
            let y = top + Double(k) * rowHeight
            let x0 = x(min(0, item.value)), x1 = x(max(0, item.value))
            let name = text(left - 8, y + 17, item.label, anchor: "end")
            if let link = links?[k] { out += "<a href=\"\(e(link))\">\(name)</a>" } else { out += name }
            out += "<rect x=\"\(f(x0))\" y=\"\(f(y + 4))\" width=\"\(f(max(0.5, x1 - x0)))\" height=\"\(f(rowHeight - 8))\" fill=\"\(item.value >= 0 ? Palette.positive : Palette.negative)\"><title>\(e(item.label)): \(number(item.value)) \(unit)</title></rect>"
            out += text(item.value >= 0 ? x1 + 4 : x0 - 4, y + 17, valueLabels[k], size: 10, anchor: item.value >= 0 ? "start" : "end")
        }
        out += line(x(0), top, x(0), height - bottom, stroke: "#333", cssClass: "y-axis")
        out += line(plotLeft, height - bottom, plotRight, height - bottom, stroke: "#333", cssClass: "x-axis")
        out += text((plotLeft + plotRight) / 2, height - 4, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#555")
        return out + "</svg>\n"
    }

    /// Horizontal grouped bars: one group per label, one bar per series (e.g. A and B).
    public static func groupedBars(title: String, labels: [String], series: [(name: String, values: [Double])],
                                   unit: String = "SEK", width: Double = 760) -> String {
        let barHeight = 13.0, gap = 10.0, bottom = 34.0
        let left = (labels.map { textWidth($0, size: 11) }.max() ?? 40) + 16
        let (legendSVG, legendHeight) = legend(series.enumerated().map { s, item in
            (item.name, { x, y in "<rect x=\"\(f(x))\" y=\"\(f(y - 6))\" width=\"12\" height=\"12\" fill=\"\(Palette.categories[s])\"/>" })
        }, x: left, y: 4, maxWidth: width - left - 10, size: 11)
        let top = legendHeight + 10
        let groupHeight = barHeight * Double(series.count) + gap
        let height = top + bottom + groupHeight * Double(labels.count)
        let all = series.flatMap(\.values)
        let labelsOf = { (v: Double) in number(v) }
        let rightPad = (all.filter { $0 >= 0 }.map { textWidth(labelsOf($0), size: 9) }.max() ?? 0) + 10
        let leftPad = (all.filter { $0 < 0 }.map { textWidth(labelsOf($0), size: 9) }.max() ?? 0) + 8
        let plotLeft = left + leftPad, plotRight = width - rightPad
        let tickValues = ticks(min(0, all.min() ?? 0), max(0, all.max() ?? 0), count: max(2, Int((plotRight - plotLeft) / 90)))
        let low = tickValues.first!, high = tickValues.last!
        func x(_ v: Double) -> Double { plotLeft + (v - low) / (high - low) * (plotRight - plotLeft) }
        var out = open(width, height, title: title) + legendSVG
        out += "<rect class=\"plot\" x=\"\(f(plotLeft))\" y=\"\(f(top))\" width=\"\(f(plotRight - plotLeft))\" height=\"\(f(height - top - bottom))\" fill=\"none\"/>"
        let step = tickValues.count > 1 ? tickValues[1] - tickValues[0] : 1
        for t in tickValues {
            out += line(x(t), top, x(t), height - bottom, stroke: "#e5e5e5")
            out += text(x(t), height - bottom + 14, number(t / 1e6, decimals: decimals(forStep: step / 1e6)), size: 10, anchor: "middle", fill: "#555")
        }
        for (k, label) in labels.enumerated() {
            let y0 = top + Double(k) * groupHeight
            out += text(left - 8, y0 + groupHeight / 2, label, anchor: "end")
            for (s, item) in series.enumerated() {
                let v = item.values[k], y = y0 + Double(s) * barHeight
                let a = x(min(0, v)), b = x(max(0, v))
                out += "<rect x=\"\(f(a))\" y=\"\(f(y))\" width=\"\(f(max(0.5, b - a)))\" height=\"\(f(barHeight - 2))\" fill=\"\(Palette.categories[s])\"><title>\(e(label)), \(e(item.name)): \(number(v)) \(unit)</title></rect>"
                out += text(v >= 0 ? b + 4 : a - 4, y + barHeight - 3.5, labelsOf(v), size: 9, anchor: v >= 0 ? "start" : "end", fill: "#333")
            }
        }
        out += line(x(0), top, x(0), height - bottom, stroke: "#333", cssClass: "y-axis")
        out += line(plotLeft, height - bottom, plotRight, height - bottom, stroke: "#333", cssClass: "x-axis")
        out += text((plotLeft + plotRight) / 2, height - 4, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#555")
        return out + "</svg>\n"
    }

    /// Stacked horizontal bars (e.g. a proposal's cost split into fixed, case, travel, penalty).
    public static func stackedBars(title: String, labels: [String], parts: [String], values: [[Double]], unit: String = "SEK",
                                   width: Double = 900, highlighted: Set<Int> = []) -> String {
        let rowHeight = 22.0, bottom = 34.0
        let left = (labels.map { textWidth($0, size: 10) }.max() ?? 40) + 16
        let (legendSVG, legendHeight) = legend(parts.enumerated().map { s, name in
            (name, { x, y in "<rect x=\"\(f(x))\" y=\"\(f(y - 6))\" width=\"12\" height=\"12\" fill=\"\(Palette.categories[s])\"/>" })
        }, x: left, y: 4, maxWidth: width - left - 10, size: 11)
        let top = legendHeight + 8
        let totals = values.map { $0.reduce(0, +) }
        let totalLabels = totals.map { number($0) + nbsp + unit }
        let right = (totalLabels.map { textWidth($0, size: 10) }.max() ?? 0) + 12
        let height = top + bottom + rowHeight * Double(labels.count)
        let plot = width - left - right
        let tickValues = ticks(0, max(1, totals.max() ?? 1), count: max(2, Int(plot / 90)))
        let high = tickValues.last!
        func w(_ v: Double) -> Double { v / high * plot }
        var out = open(width, height, title: title) + legendSVG
        out += "<rect class=\"plot\" x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plot))\" height=\"\(f(height - top - bottom))\" fill=\"none\"/>"
        let step = tickValues.count > 1 ? tickValues[1] - tickValues[0] : 1
        for t in tickValues {
            out += line(left + w(t), top, left + w(t), height - bottom, stroke: "#e5e5e5")
            out += text(left + w(t), height - bottom + 14, number(t / 1e6, decimals: decimals(forStep: step / 1e6)), size: 10, anchor: "middle", fill: "#555")
        }
        for (k, label) in labels.enumerated() {
            let y = top + Double(k) * rowHeight
            out += text(left - 8, y + 15, label, size: 10, anchor: "end", weight: highlighted.contains(k) ? "bold" : nil)
            var x = left
            for (s, v) in values[k].enumerated() where v > 0 {
                out += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w(v)))\" height=\"\(f(rowHeight - 6))\" fill=\"\(Palette.categories[s])\"><title>\(e(label)), \(e(parts[s])): \(number(v)) \(unit)</title></rect>"
                x += w(v)
            }
            out += text(x + 4, y + 15, totalLabels[k], size: 10, fill: "#333")
        }
        out += line(left, top, left, height - bottom, stroke: "#333", cssClass: "y-axis")
        out += line(left, height - bottom, left + plot, height - bottom, stroke: "#333", cssClass: "x-axis")
        out += text(left + plot / 2, height - 4, "miljoner \(unit)", size: 10, anchor: "middle", fill: "#555")
        return out + "</svg>\n"
    }
}
