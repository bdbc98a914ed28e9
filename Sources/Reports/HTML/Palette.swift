/// Colours distinguishable in colour-blind vision: the Okabe–Ito palette for categories, and a
/// perceptually ordered sequential scale (viridis stops) for heat maps.
public enum Palette {
    public static let categories = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
    public static let positive = "#0072B2"
    public static let negative = "#D55E00"
    public static let neutral = "#999999"

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
}
