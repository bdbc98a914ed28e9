import PlanningData
import TestSupport
import Testing

/// Mutates valid data set files at random and loads them: every input must either load or
/// yield errors that name a file — never a crash, never an error without a location.
@Suite("Fuzzing the feed loaders")
struct LoaderFuzzTests {
    static let batches = Array(0..<10)
    static let inputsPerBatch = 1_000

    static let tokens: [String] = [
        "", "*", "-1", "NaN", "nan", "inf", "-inf", "1e999", "1e-999", "0", "53", "54", "0.5", "1,5", "\"", "\"\"",
        ",", ";", "\n", "\r\n", "\u{00A0}", "１２", "north", "north_uni", "ortopedi", "elective_inpatient",
        "university", "2024-02-29", "2023-02-29", "9999999999999999999999", "-0", "Örebro", "\u{FEFF}", "\t",
    ]

    @Test(arguments: batches)
    func mutatedInputsLoadOrFailCleanly(_ batch: Int) throws {
        var rng = SeededGenerator(seed: UInt64(1000 + batch))
        let original = Fixtures.tinyTexts.mapValues { Array($0.utf8) }
        let names = original.keys.sorted()
        var failed = 0
        for _ in 0..<Self.inputsPerBatch {
            var files = original
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let name = names[Int.random(in: names.indices, using: &rng)]
                files[name] = mutate(try #require(files[name]), &rng)
            }
            do {
                let (data, _) = try DataSetLoader.load(from: InMemorySource(name: "tiny", files: files))
                // Every derived value must be computable on what loaded.
                _ = fingerprint(data)
                _ = DataSummary(data)
            } catch {
                failed += 1
                for issue in error.issues {
                    #expect(issue.file.hasPrefix("tiny/") && issue.file.hasSuffix(".csv"), "\(issue)")
                    #expect((issue.line ?? 1) >= 1 && (issue.column ?? 1) >= 1, "\(issue)")
                    #expect(!issue.message.isEmpty)
                }
            }
        }
        // The mutations must reach the error paths at all (else the test checks nothing).
        #expect(failed > 0)
    }

    func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var b = bytes
        let position = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
        switch Int.random(in: 0..<10, using: &rng) {
        case 0 where !b.isEmpty: b[position] = UInt8.random(in: 0...255, using: &rng)
        case 1: b.insert(UInt8.random(in: 0...255, using: &rng), at: position)
        case 2 where !b.isEmpty: b.removeSubrange(position..<min(b.count, position + Int.random(in: 1...20, using: &rng)))
        case 3: b.insert(contentsOf: Array(Self.tokens[Int.random(in: Self.tokens.indices, using: &rng)].utf8), at: position)
        case 4:
            // Replace one field with a token.
            var lines = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let k = Int.random(in: 0..<lines.count, using: &rng)
            var fields = lines[k].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[Int.random(in: 0..<fields.count, using: &rng)] = Self.tokens[Int.random(in: Self.tokens.indices, using: &rng)]
            lines[k] = fields.joined(separator: ",")
            b = Array(lines.joined(separator: "\n").utf8)
        case 5:
            // Duplicate a line.
            var lines = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let k = Int.random(in: 0..<lines.count, using: &rng)
            lines.insert(lines[k], at: k)
            b = Array(lines.joined(separator: "\n").utf8)
        case 6: b = b.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ";") : $0 }
        case 7: b = String(decoding: b, as: UTF8.self).unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }
        case 8: b = [0xEF, 0xBB, 0xBF] + b.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        default: b = Array(b.prefix(position))
        }
        return b
    }
}
