/// Checks a scenario file's text before it goes to the YAML parser, so that no file can make the
/// parser or the tree built from it take unbounded time or memory (issue 15):
/// - anchors (`&name`) and aliases (`*name`) are refused: a few hundred bytes of nested aliases
///   expand to gigabytes, and scenario files have `extends` for sharing values;
/// - flow collections (`[`, `{`) may nest at most ``maximumFlowDepth`` deep (each level is a
///   stack frame of the parser and of the tree conversion).
/// The file size is capped by the loader (``maximumBytes``).
///
/// The scan is a single pass over the text, linear in its size. It follows YAML's token rules as
/// far as they matter here: quoted scalars, comments and block scalars (`|`, `>`) are skipped;
/// `&` and `*` count only where a node can start (after `key: `, `- `, `? `, a flow `[`, `{` or
/// `,`, or at the start of a line), so `name: Sommar & höst` stays a plain scalar.
enum YAMLInputGuard {
    /// The largest scenario file read, in bytes (1 MiB; real ones are a few kilobytes).
    static let maximumBytes = 1 << 20
    /// The deepest nesting of flow collections accepted.
    static let maximumFlowDepth = 64

    /// The first problem found, with its 1-based line and column (in characters); nil when the
    /// text may be parsed.
    static func check(_ text: String) -> (line: Int, column: Int, message: String)? {
        let scalars = Array(text.unicodeScalars)
        var k = 0, line = 1, lineStart = 0
        var atLineStart = true
        var flowDepth = 0
        /// Indentation of the line that opened a block scalar; lines indented more are its text.
        var blockScalarIndent: Int?
        /// Whether the last token seen lets a node start here.
        var nodeMayStart = true

        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        func isBreak(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }
        func isSpaceOrEnd(_ i: Int) -> Bool { i >= scalars.count || isSpace(scalars[i]) || isBreak(scalars[i]) }
        func isFlowIndicator(_ c: Unicode.Scalar) -> Bool { c == "," || c == "[" || c == "]" || c == "{" || c == "}" }

        while k < scalars.count {
            if atLineStart {
                atLineStart = false
                var indent = 0
                while k + indent < scalars.count && scalars[k + indent] == " " { indent += 1 }
                let blank = k + indent >= scalars.count || isBreak(scalars[k + indent])
                if let opener = blockScalarIndent, blank || indent > opener {
                    // Text of a block scalar (blank lines included): nothing in it is a token.
                    while k < scalars.count && !isBreak(scalars[k]) { k += 1 }
                    if k < scalars.count { k = endLine(scalars, k, &line, &lineStart); atLineStart = true }
                    continue
                }
                blockScalarIndent = nil
                k += indent
                if flowDepth == 0 { nodeMayStart = true }
                continue
            }
            let c = scalars[k]
            if isBreak(c) {
                k = endLine(scalars, k, &line, &lineStart)
                atLineStart = true
                continue
            }
            if isSpace(c) { k += 1; continue }
            if c == "#" && (k == lineStart || isSpace(scalars[k - 1])) {
                while k < scalars.count && !isBreak(scalars[k]) { k += 1 }
                continue
            }
            let column = k - lineStart + 1
            if nodeMayStart && (c == "&" || c == "*") {
                let what = c == "&" ? "an anchor (`&`)" : "an alias (`*`)"
                let bareStar = isSpaceOrEnd(k + 1) || (flowDepth > 0 && isFlowIndicator(scalars[k + 1]))
                let hint = c == "*" && bareStar ? "; for every id write \"*\" in quotes" : "; share values with `extends` instead"
                return (line, column, "YAML anchors and aliases are not supported in scenario files: found \(what)\(hint)")
            }
            if c == "\"" || c == "'" {
                // A quoted scalar, possibly over several lines.
                k += 1
                while k < scalars.count {
                    let d = scalars[k]
                    if c == "\"" && d == "\\" { k += 2; continue }
                    if d == c {
                        if c == "'" && k + 1 < scalars.count && scalars[k + 1] == "'" { k += 2; continue }
                        break
                    }
                    if isBreak(d) { k = endLine(scalars, k, &line, &lineStart); continue }
                    k += 1
                }
                k += 1
                nodeMayStart = false
            } else if c == "[" || c == "{" {
                flowDepth += 1
                if flowDepth > maximumFlowDepth {
                    return (line, column, "lists and maps written in `[...]` or `{...}` nest more than \(maximumFlowDepth) deep")
                }
                k += 1
                nodeMayStart = true
            } else if c == "]" || c == "}" {
                flowDepth = max(0, flowDepth - 1)
                k += 1
                nodeMayStart = false
            } else if c == "," && flowDepth > 0 {
                k += 1
                nodeMayStart = true
            } else if (c == "-" || c == "?" || c == ":") && isSpaceOrEnd(k + 1) {
                k += 1
                nodeMayStart = true
            } else if c == ":" && flowDepth > 0 && k + 1 < scalars.count && isFlowIndicator(scalars[k + 1]) {
                k += 1
                nodeMayStart = true
            } else if (c == "|" || c == ">") && nodeMayStart && flowDepth == 0 {
                // A block scalar: the lines indented more than this one are its text.
                var indent = 0
                while lineStart + indent < scalars.count && scalars[lineStart + indent] == " " { indent += 1 }
                blockScalarIndent = indent
                while k < scalars.count && !isBreak(scalars[k]) { k += 1 }
            } else if c == "!" {
                // A tag: skip it; a node may still start after it.
                while !isSpaceOrEnd(k) { k += 1 }
            } else {
                // A plain scalar: up to `: `, ` #`, the line end, or (in flow) a flow indicator.
                k += 1
                while k < scalars.count {
                    let d = scalars[k]
                    if isBreak(d) { break }
                    if d == ":" && (isSpaceOrEnd(k + 1) || (flowDepth > 0 && isFlowIndicator(scalars[k + 1]))) { break }
                    if d == "#" && isSpace(scalars[k - 1]) { break }
                    if flowDepth > 0 && isFlowIndicator(d) { break }
                    k += 1
                }
                nodeMayStart = false
            }
        }
        return nil
    }

    /// Steps over the line break at `k` (LF, CRLF or CR) and returns the next line's start.
    private static func endLine(_ scalars: [Unicode.Scalar], _ k: Int, _ line: inout Int, _ lineStart: inout Int) -> Int {
        var next = k + 1
        if scalars[k] == "\r" && next < scalars.count && scalars[next] == "\n" { next += 1 }
        line += 1
        lineStart = next
        return next
    }
}
