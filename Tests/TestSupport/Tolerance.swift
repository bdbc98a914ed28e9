/// Whether `a` and `b` agree to a relative tolerance (absolute near zero).
public func approximatelyEqual(_ a: Double, _ b: Double, relative: Double = 1e-6) -> Bool {
    abs(a - b) <= relative * max(1, abs(a), abs(b))
}
