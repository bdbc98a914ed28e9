import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The geometry of the SVG charts in a text (one chart or a whole report page), for tests that
/// check layout: the plot area, axes, polylines and the estimated boxes of text labels.
public struct SVGChartGeometry: Sendable {
    public struct Box: Sendable, CustomStringConvertible {
        public let text: String
        public let minX: Double, minY: Double, maxX: Double, maxY: Double
        public var description: String { "\"\(text)\" [\(Int(minX))…\(Int(maxX)) × \(Int(minY))…\(Int(maxY))]" }
        public func overlaps(_ o: Box, tolerance: Double = 0.5) -> Bool {
            minX < o.maxX - tolerance && o.minX < maxX - tolerance && minY < o.maxY - tolerance && o.minY < maxY - tolerance
        }
    }

    public var title = ""
    public var cssClass = ""
    public var width = 0.0, height = 0.0
    /// The plot area (x, y, width, height), when the chart marks one.
    public var plot: (x: Double, y: Double, width: Double, height: Double)?
    public var xAxisY: Double?
    public var yAxisX: Double?
    public var polylines: [[(Double, Double)]] = []
    public var texts: [Box] = []
    /// y of the horizontal grid lines (ticks) inside the plot.
    public var gridY: [Double] = []

    /// Estimated width of a label: 0.6 em a character (DejaVu Sans' average advance is about 0.55–0.6 em).
    public static func textWidth(_ s: String, size: Double) -> Double { Double(s.count) * size * 0.6 }

    /// Pairs of labels whose boxes overlap.
    public var overlappingLabels: [(Box, Box)] {
        var out: [(Box, Box)] = []
        for i in texts.indices { for j in texts.indices where j > i && texts[i].overlaps(texts[j]) { out.append((texts[i], texts[j])) } }
        return out
    }

    /// Labels that reach outside the chart (and would be clipped).
    public var clippedLabels: [Box] {
        texts.filter { $0.minX < -0.5 || $0.maxX > width + 0.5 || $0.minY < -0.5 || $0.maxY > height + 0.5 }
    }

    /// Every chart in `text`, in document order.
    public static func parse(_ text: String) -> [SVGChartGeometry] {
        let delegate = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.charts
    }

    final class Collector: NSObject, XMLParserDelegate {
        var charts: [SVGChartGeometry] = []
        var current: SVGChartGeometry?
        var depth = 0
        var textAttributes: [String: String]?
        var textContent = ""
        var inTitle = false, titleDone = false

        func number(_ s: String?) -> Double { Double(s ?? "") ?? 0 }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            if name == "svg" {
                depth += 1
                if depth == 1 {
                    var chart = SVGChartGeometry()
                    let box = (a["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                    if box.count == 4 { chart.width = box[2]; chart.height = box[3] }
                    chart.cssClass = a["class"] ?? ""
                    current = chart; titleDone = false
                }
                return
            }
            guard current != nil else { return }
            switch name {
            case "title": inTitle = !titleDone; textContent = ""
            case "rect" where a["class"] == "plot":
                current!.plot = (number(a["x"]), number(a["y"]), number(a["width"]), number(a["height"]))
            case "line":
                if a["class"] == "x-axis" { current!.xAxisY = number(a["y1"]) }
                if a["class"] == "y-axis" { current!.yAxisX = number(a["x1"]) }
                if a["stroke"] == "#e5e5e5", a["y1"] == a["y2"] { current!.gridY.append(number(a["y1"])) }
            case "polyline" where a["class"] == "series":
                let points = (a["points"] ?? "").split(separator: " ").map { pair -> (Double, Double) in
                    let xy = pair.split(separator: ",").map { Double($0) ?? .nan }
                    return (xy[0], xy.count > 1 ? xy[1] : .nan)
                }
                current!.polylines.append(points)
            case "text": textAttributes = a; textContent = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if textAttributes != nil || inTitle { textContent += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "svg" {
                depth -= 1
                if depth == 0, let c = current { charts.append(c); current = nil }
                return
            }
            if name == "title" && inTitle { current?.title = textContent; inTitle = false; titleDone = true }
            guard name == "text", let a = textAttributes else { return }
            textAttributes = nil
            let size = number(a["font-size"]), x = number(a["x"]), y = number(a["y"])
            let w = SVGChartGeometry.textWidth(textContent, size: size)
            let anchor = a["text-anchor"] ?? "start"
            var minX = anchor == "end" ? x - w : anchor == "middle" ? x - w / 2 : x
            var maxX = minX + w, minY = y - 0.75 * size, maxY = y + 0.2 * size
            if let t = a["transform"], t.hasPrefix("rotate(-90") {
                // Rotated a quarter turn about (x, y): the run of text goes up.
                let half = w / 2
                minX = x - 0.75 * size; maxX = x + 0.2 * size
                minY = anchor == "middle" ? y - half : y - w; maxY = anchor == "middle" ? y + half : y
            }
            current?.texts.append(Box(text: textContent, minX: minX, minY: minY, maxX: maxX, maxY: maxY))
        }
    }
}
