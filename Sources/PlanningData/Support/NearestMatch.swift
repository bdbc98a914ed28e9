/// Suggestions for mistyped names: "did you mean `orebro`?".
public enum NearestMatch {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a typo.
    public static func suggestion(for text: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, text.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(text.lowercased(), candidate.lowercased())
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        return best?.0
    }

    /// " (did you mean `x`?)" or "".
    public static func hint(for text: String, among candidates: some Sequence<String>) -> String {
        suggestion(for: text, among: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
