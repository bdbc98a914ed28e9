/// A field of a CSV record with where it starts in the file.
public struct CSVField: Sendable, Equatable {
    /// The field's text: quotes removed (`""` read as one quote), surrounding blanks trimmed.
    public let text: String
    /// 1-based line of the field's first character.
    public let line: Int
    /// 1-based column (in characters) of the field's first character.
    public let column: Int
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable {
    /// 1-based line on which the record starts.
    public let line: Int
    /// The record's fields, in column order (as many as the line has; the loader checks the count).
    public let fields: [CSVField]
}

/// A problem found while splitting a file into records.
public struct CSVSyntaxIssue: Sendable, Equatable {
    /// 1-based line.
    public let line: Int
    /// 1-based column, in characters.
    public let column: Int
    /// What is wrong, in English.
    public let message: String
}

/// A CSV file split into a header and records, per the dialect of docs/SPEC.md §2 and §9: delimiter `;`
/// when the header holds more `;` than `,` outside quotes, else `,`; RFC 4180 quoting (fields may
/// span lines); CRLF, LF or a lone CR as line ends; blank lines and lines holding only delimiters
/// and whitespace (a spreadsheet's cleared row) ignored; fields and header names trimmed of
/// surrounding whitespace.
public struct CSVTable: Sendable {
    /// `,` or `;`, as detected from the header.
    public let delimiter: UInt8
    /// UTF-8 (with or without a byte-order mark) or Windows-1252, as detected.
    public let encoding: TextDecoding.Encoding
    /// The header record; nil for a file with no non-blank line.
    public let header: CSVRecord?
    /// The records after the header, in file order.
    public let records: [CSVRecord]
    /// Syntax problems (an unclosed quote, text after a closing quote), in file order.
    public let issues: [CSVSyntaxIssue]

    /// Whether decimal commas are allowed (files delimited by `;`).
    public var allowsDecimalComma: Bool { delimiter == UInt8(ascii: ";") }

    /// Parses a file's raw bytes.
    ///
    /// - Complexity: O(n) in the file size: every byte is looked at a bounded number of times
    ///   (columns are counted as the scan goes, never by rescanning the line).
    public init(bytes raw: [UInt8]) {
        let (bytes, encoding) = TextDecoding.utf8(raw)
        self.encoding = encoding
        let delimiter = Self.detectDelimiter(bytes)
        self.delimiter = delimiter
        var parser = Parser(bytes: bytes, delimiter: delimiter)
        var records: [CSVRecord] = []
        while let record = parser.next() { records.append(record) }
        self.issues = parser.issues
        self.header = records.first
        self.records = Array(records.dropFirst())
    }

    /// `;` when the first line with content (not only blanks and delimiters) holds more
    /// semicolons than commas outside quotes.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var semicolons = 0, commas = 0, inQuotes = false, sawContent = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); sawContent = true; continue }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if sawContent { break }
                semicolons = 0; commas = 0
                continue
            }
            if byte == UInt8(ascii: ";") { semicolons += 1; continue }
            if byte == UInt8(ascii: ",") { commas += 1; continue }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { sawContent = true }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}

/// A record-at-a-time RFC 4180 scanner over UTF-8 bytes, counting lines and character columns.
/// A line ends at LF, CRLF or a lone CR.
private struct Parser {
    let bytes: [UInt8]
    let delimiter: UInt8
    var position = 0
    var line = 1
    /// Byte offset where the current line starts, for column numbers.
    var lineStart = 0
    /// The last offset whose column was counted and its column, so that counting the next field's
    /// column continues from there instead of rescanning the line (a file with one huge line
    /// would otherwise take quadratic time).
    var countedOffset = 0
    var countedColumn = 1
    var issues: [CSVSyntaxIssue] = []

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    static func isLineEnd(_ byte: UInt8) -> Bool { byte == newline || byte == carriageReturn }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The 1-based character column of byte offset `offset` on the current line.
    mutating func column(at offset: Int) -> Int {
        if offset < countedOffset || countedOffset < lineStart {
            countedOffset = lineStart
            countedColumn = 1
        }
        while countedOffset < offset {
            if bytes[countedOffset] & 0xC0 != 0x80 { countedColumn += 1 }
            countedOffset += 1
        }
        return countedColumn
    }

    /// Steps over the line end at `position` (LF, CRLF or CR) and starts a new line.
    mutating func consumeLineEnd() {
        if bytes[position] == Self.carriageReturn && position + 1 < bytes.count && bytes[position + 1] == Self.newline {
            position += 1
        }
        position += 1
        line += 1
        lineStart = position
    }

    /// Skips lines holding only blanks and delimiters; returns false at the end of the input.
    mutating func skipEmptyLines() -> Bool {
        while position < bytes.count {
            var k = position
            while k < bytes.count && (Self.isBlank(bytes[k]) || bytes[k] == delimiter) { k += 1 }
            if k == bytes.count {
                position = k
                return false
            }
            guard Self.isLineEnd(bytes[k]) else { return true }
            position = k
            consumeLineEnd()
        }
        return false
    }

    mutating func next() -> CSVRecord? {
        guard skipEmptyLines() else { return nil }
        let recordLine = line
        var fields: [CSVField] = []
        while true {
            // One field: leading blanks, then a quoted or plain value, then trailing blanks.
            while position < bytes.count && Self.isBlank(bytes[position]) { position += 1 }
            let fieldLine = line
            let fieldColumn = column(at: position)
            let value: [UInt8]
            if position < bytes.count && bytes[position] == Self.quote {
                value = quotedField(line: fieldLine, column: fieldColumn)
            } else {
                value = plainField()
            }
            fields.append(CSVField(text: String(decoding: value, as: UTF8.self), line: fieldLine, column: fieldColumn))
            if position < bytes.count && bytes[position] == delimiter {
                position += 1
                continue
            }
            if position < bytes.count && Self.isLineEnd(bytes[position]) { consumeLineEnd() }
            return CSVRecord(line: recordLine, fields: fields)
        }
    }

    /// A quoted field from its opening quote (at `position`) through the blanks after its closing
    /// quote; `""` is one quote, line ends are kept as written. Reports an unclosed field and text
    /// after the closing quote (skipped up to the next delimiter or line end).
    private mutating func quotedField(line fieldLine: Int, column fieldColumn: Int) -> [UInt8] {
        var value: [UInt8] = []
        position += 1
        var closed = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count && bytes[position + 1] == Self.quote {
                    value.append(Self.quote); position += 2; continue
                }
                position += 1; closed = true; break
            }
            if Self.isLineEnd(byte) {
                // Keep the line end as written; count it as one line.
                value.append(byte)
                if byte == Self.carriageReturn && position + 1 < bytes.count && bytes[position + 1] == Self.newline {
                    value.append(Self.newline)
                }
                consumeLineEnd()
                continue
            }
            value.append(byte)
            position += 1
        }
        if !closed {
            issues.append(CSVSyntaxIssue(line: fieldLine, column: fieldColumn,
                                         message: "a quoted field is not closed before the end of the file"))
        }
        while position < bytes.count && Self.isBlank(bytes[position]) { position += 1 }
        if position < bytes.count && bytes[position] != delimiter && !Self.isLineEnd(bytes[position]) {
            issues.append(CSVSyntaxIssue(line: line, column: column(at: position),
                                         message: "unexpected text after a closing quote"))
            while position < bytes.count && bytes[position] != delimiter && !Self.isLineEnd(bytes[position]) {
                position += 1
            }
        }
        return value
    }

    /// A plain field up to the next delimiter or line end, trailing blanks trimmed.
    private mutating func plainField() -> [UInt8] {
        let start = position
        while position < bytes.count && bytes[position] != delimiter && !Self.isLineEnd(bytes[position]) {
            position += 1
        }
        var end = position
        while end > start && Self.isBlank(bytes[end - 1]) { end -= 1 }
        return Array(bytes[start..<end])
    }
}
