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
        var scan = Scan(Array(text.unicodeScalars))
        while scan.k < scan.scalars.count {
            if scan.atLineStart {
                scan.startLine()
                continue
            }
            let c = scan.scalars[scan.k]
            if scan.isBreak(c) {
                scan.endLine()
                continue
            }
            if scan.isSpace(c) { scan.k += 1; continue }
            if c == "#" && (scan.k == scan.lineStart || scan.isSpace(scan.scalars[scan.k - 1])) {
                scan.skipToLineEnd()
                continue
            }
            if let problem = scan.token(c) { return problem }
        }
        return nil
    }

    /// The scanner's position and the little YAML state that decides what a character means.
    private struct Scan {
        let scalars: [Unicode.Scalar]
        var k = 0, line = 1, lineStart = 0
        var atLineStart = true
        var flowDepth = 0
        /// Indentation of the line that opened a block scalar; lines indented more are its text.
        var blockScalarIndent: Int?
        /// Whether the last token seen lets a node start here.
        var nodeMayStart = true

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        func isBreak(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }
        func isSpaceOrEnd(_ i: Int) -> Bool { i >= scalars.count || isSpace(scalars[i]) || isBreak(scalars[i]) }
        func isFlowIndicator(_ c: Unicode.Scalar) -> Bool { c == "," || c == "[" || c == "]" || c == "{" || c == "}" }

        /// Reads a line's indentation; the whole line when it is text of a block scalar.
        mutating func startLine() {
            atLineStart = false
            var indent = 0
            while k + indent < scalars.count && scalars[k + indent] == " " { indent += 1 }
            let blank = k + indent >= scalars.count || isBreak(scalars[k + indent])
            if let opener = blockScalarIndent, blank || indent > opener {
                // Text of a block scalar (blank lines included): nothing in it is a token.
                skipToLineEnd()
                if k < scalars.count { endLine() }
                return
            }
            blockScalarIndent = nil
            k += indent
            if flowDepth == 0 { nodeMayStart = true }
        }

        mutating func skipToLineEnd() {
            while k < scalars.count && !isBreak(scalars[k]) { k += 1 }
        }

        /// Steps over the line break at `k` (LF, CRLF or CR) to the next line's start.
        mutating func endLine() {
            var next = k + 1
            if scalars[k] == "\r" && next < scalars.count && scalars[next] == "\n" { next += 1 }
            line += 1
            lineStart = next
            k = next
            atLineStart = true
        }

        /// Reads the token starting with `c` at `k`; the problem it is, if any.
        mutating func token(_ c: Unicode.Scalar) -> (line: Int, column: Int, message: String)? {
            let column = k - lineStart + 1
            if nodeMayStart && (c == "&" || c == "*") {
                let what = c == "&" ? "an anchor (`&`)" : "an alias (`*`)"
                let bareStar = isSpaceOrEnd(k + 1) || (flowDepth > 0 && isFlowIndicator(scalars[k + 1]))
                let hint = c == "*" && bareStar ? "; for every id write \"*\" in quotes" : "; share values with `extends` instead"
                return (line, column, "YAML anchors and aliases are not supported in scenario files: found \(what)\(hint)")
            }
            if c == "\"" || c == "'" {
                skipQuoted(c)
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
            } else if (c == "," && flowDepth > 0) || ((c == "-" || c == "?" || c == ":") && isSpaceOrEnd(k + 1))
                || (c == ":" && flowDepth > 0 && k + 1 < scalars.count && isFlowIndicator(scalars[k + 1])) {
                k += 1
                nodeMayStart = true
            } else if (c == "|" || c == ">") && nodeMayStart && flowDepth == 0 {
                // A block scalar: the lines indented more than this one are its text.
                var indent = 0
                while lineStart + indent < scalars.count && scalars[lineStart + indent] == " " { indent += 1 }
                blockScalarIndent = indent
                skipToLineEnd()
            } else if c == "!" {
                // A tag: skip it; a node may still start after it.
                while !isSpaceOrEnd(k) { k += 1 }
            } else {
                skipPlain()
            }
            return nil
        }

        /// A quoted scalar, possibly over several lines.
        mutating func skipQuoted(_ quote: Unicode.Scalar) {
            k += 1
            while k < scalars.count {
                let d = scalars[k]
                if quote == "\"" && d == "\\" { k += 2; continue }
                if d == quote {
                    if quote == "'" && k + 1 < scalars.count && scalars[k + 1] == "'" { k += 2; continue }
                    break
                }
                if isBreak(d) { endLine(); atLineStart = false; continue }
                k += 1
            }
            k += 1
            nodeMayStart = false
        }

        /// A plain scalar: up to `: `, ` #`, the line end, or (in flow) a flow indicator.
        mutating func skipPlain() {
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
}
