extension SVGChart {
    /// One row of an interval chart: the spread of one quantity over Monte Carlo draws.
    public struct Interval: Sendable {
        public let label: String
        public let p10: Double, p50: Double, p90: Double
        public let min: Double, max: Double
        /// The base plan's value (the scenario without random factors), marked with a diamond.
        public let base: Double?

        public init(label: String, p10: Double, p50: Double, p90: Double, min: Double, max: Double, base: Double? = nil) {
            self.label = label
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
            self.min = min
            self.max = max
            self.base = base
        }
    }

    /// Horizontal interval bars, one row per item: a thin grey line from min to max, a bar from
    /// P10 to P90 and a dark tick at P50, with "P10 … P90" written to the right. Values are
    /// divided by `scale` for the axis and the labels (1e6 with `axisLabel` "miljoner kronor" for
    /// money). With `includeZero` the axis reaches zero and a zero line is drawn (for quantities
    /// whose sign matters, e.g. a settlement net). An item's `base` is drawn as an orange diamond
    /// and the axis reaches it: the base plan often lies outside the draws' range.
    ///
    /// Classes for tests: `plot` (the plot area), `band` (a P10–P90 rectangle), `median` (a P50
    /// tick), `range` (a min–max line), `base` (a base-plan diamond), `x-axis`.
    public static func intervals(title: String, _ items: [Interval], axisLabel: String, scale: Double = 1, decimals: Int = 0,
                                 includeZero: Bool = false, width: Double = 760) -> String {
        let rowHeight = 26.0, top = 10.0, bottom = 34.0
        let left = (items.map { textWidth($0.label, size: 11) }.max() ?? 40) + 16
        let valueLabels = items.map { number($0.p10 / scale, decimals: decimals) + " … " + number($0.p90 / scale, decimals: decimals) }
        let rightPad = (valueLabels.map { textWidth($0, size: 10) }.max() ?? 0) + 16
        let height = top + bottom + rowHeight * Double(Swift.max(1, items.count))
        let plotLeft = left, plotRight = Swift.max(left + 120, width - rightPad)
        let chartWidth = Swift.max(width, plotRight + rightPad)
        let bases = items.compactMap(\.base)
        var low = ((items.map(\.min) + bases).min() ?? 0) / scale, high = ((items.map(\.max) + bases).max() ?? 1) / scale
        if includeZero { low = Swift.min(0, low); high = Swift.max(0, high) }
        let tickValues = ticks(low, high, count: Swift.max(2, Int((plotRight - plotLeft) / 90)))
        let (first, last) = (tickValues.first!, tickValues.last!)
        func x(_ v: Double) -> Double { plotLeft + (v / scale - first) / (last - first) * (plotRight - plotLeft) }
        var out = open(chartWidth, height, title: title)
        out += "<rect class=\"plot\" x=\"\(f(plotLeft))\" y=\"\(f(top))\" width=\"\(f(plotRight - plotLeft))\" height=\"\(f(height - top - bottom))\" fill=\"none\"/>"
        let step = tickValues.count > 1 ? tickValues[1] - tickValues[0] : 1
        for t in tickValues {
            let tx = plotLeft + (t - first) / (last - first) * (plotRight - plotLeft)
            out += line(tx, top, tx, height - bottom, stroke: "#e5e5e5")
            out += text(tx, height - bottom + 14, number(t, decimals: self.decimals(forStep: step)), size: 10, anchor: "middle", fill: "#555")
        }
        if includeZero { out += line(x(0), top, x(0), height - bottom, stroke: "#333", cssClass: "y-axis") }
        for (k, item) in items.enumerated() {
            let y = top + Double(k) * rowHeight, mid = y + rowHeight / 2
            out += text(left - 8, y + 17, item.label, anchor: "end")
            out += line(x(item.min), mid, x(item.max), mid, stroke: Palette.neutral, cssClass: "range")
            let tip = "\(item.label): P10 \(number(item.p10 / scale, decimals: decimals)), P50 \(number(item.p50 / scale, decimals: decimals)), "
                + "P90 \(number(item.p90 / scale, decimals: decimals)) (min \(number(item.min / scale, decimals: decimals)), max \(number(item.max / scale, decimals: decimals)))"
            out += "<rect class=\"band\" x=\"\(f(x(item.p10)))\" y=\"\(f(y + 6))\" width=\"\(f(Swift.max(0.5, x(item.p90) - x(item.p10))))\" "
                + "height=\"\(f(rowHeight - 12))\" fill=\"\(Palette.positive)\" fill-opacity=\"0.45\" stroke=\"\(Palette.positive)\"><title>\(e(tip))</title></rect>"
            out += line(x(item.p50), y + 3, x(item.p50), y + rowHeight - 3, stroke: "#222", width: 2, cssClass: "median")
            if let base = item.base {
                let bx = x(base), r = 5.0
                out += "<path class=\"base\" d=\"M\(f(bx)) \(f(mid - r))L\(f(bx + r)) \(f(mid))L\(f(bx)) \(f(mid + r))L\(f(bx - r)) \(f(mid))Z\" "
                    + "fill=\"\(Palette.base)\" stroke=\"#fff\" stroke-width=\"1\"><title>\(e("\(item.label): grundplanen \(number(base / scale, decimals: decimals))"))</title></path>"
            }
            out += text(plotRight + 8, y + 17, valueLabels[k], size: 10)
        }
        out += line(plotLeft, height - bottom, plotRight, height - bottom, stroke: "#333", cssClass: "x-axis")
        out += text((plotLeft + plotRight) / 2, height - 4, axisLabel, size: 10, anchor: "middle", fill: "#555")
        return out + "</svg>\n"
    }
}
