import Foundation

/// Colours that stay readable: every line or bar colour has a contrast of at least 3:1 against
/// white (WCAG 2.1's figure for graphics), and the categorical colours are drawn from the
/// Okabe–Ito and Tol palettes, which stay apart in the common forms of colour blindness. Charts
/// never rely on colour alone: each series also gets its own dash pattern and marker
/// (`SVGChart.Series.styled`). Heat maps use a perceptually ordered sequential scale (viridis stops).
public enum Palette {
    /// Okabe–Ito blue, vermillion and bluish green; Tol's wine, an ochre in place of Okabe–Ito's
    /// yellow (1.2:1 on white), Tol's indigo and purple; black.
    public static let categories = ["#0072B2", "#D55E00", "#009E73", "#882255", "#996600", "#332288", "#AA4499", "#000000"]
    public static let positive = "#0072B2"
    public static let negative = "#D55E00"
    /// A base-plan mark among Monte Carlo spreads: Okabe–Ito vermillion, apart from the blue bands.
    public static let base = "#D55E00"
    /// Reference lines (e.g. the waiting list at the start): grey at 4.5:1.
    public static let neutral = "#767676"

    static let viridis: [(Double, Double, Double)] = [
        (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142), (31, 158, 137),
        (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37),
    ]

    /// The colour of `value` in [0, 1] on the sequential scale.
    public static func sequential(_ value: Double) -> String {
        let v = min(1, max(0, value.isFinite ? value : 0)) * Double(viridis.count - 1)
        let i = min(viridis.count - 2, Int(v)), f = v - Double(i)
        let (a, b) = (viridis[i], viridis[i + 1])
        func channel(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * f).rounded()) }
        return hex(channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
    }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [r, g, b].map { String(digits[$0 / 16]) + String(digits[$0 % 16]) }.joined()
    }

    /// WCAG 2.1 relative luminance of `#RRGGBB`.
    public static func luminance(_ colour: String) -> Double {
        let hex = colour.dropFirst()
        let channels = stride(from: 0, to: 6, by: 2).map { k -> Double in
            let start = hex.index(hex.startIndex, offsetBy: k)
            let c = Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    /// WCAG 2.1 contrast ratio of two colours (1 to 21).
    public static func contrast(_ a: String, _ b: String) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Dark or white text, whichever reads better on `background`.
    public static func text(on background: String) -> String {
        contrast("#000000", background) >= contrast("#FFFFFF", background) ? "#000000" : "#FFFFFF"
    }
}
