import Foundation
import Reports
import Testing

@Suite("Number formats of the result files")
struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.5, "1.5"), (2.0, "2"), (1234567.125, "1234567.125"),
        (0.1234564, "0.123456"), (0.1234565, "0.123457"), (-0.0000004, "0"), (1e-6, "0.000001"),
        (123456789012.5, "123456789012.5"), (1e20, "100000000000000000000"), (-2.5e-7, "-0"),
    ])
    func csvHasAtMostSixDecimals(_ value: Double, _ expected: String) {
        // -2.5e-7 rounds to -0.000000 and is written as 0.
        #expect(NumberFormatting.csv(value) == (expected == "-0" ? "0" : expected))
    }

    @Test func excelUsesADecimalComma() {
        #expect(NumberFormatting.csv(1234.5, decimalComma: true) == "1234,5")
    }

    @Test func nonFiniteCSVValuesAreEmpty() {
        #expect(NumberFormatting.csv(.nan) == "")
        #expect(NumberFormatting.csv(.infinity) == "")
    }

    @Test(arguments: [0.1, 1.0 / 3.0, 123456.789, 1e-300, 5e300, -7.25, 74750])
    func jsonRoundTrips(_ value: Double) throws {
        let text = NumberFormatting.json(value)
        #expect(Double(text) == value)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [Double]
        #expect(parsed == [value])
    }

    @Test func jsonDocumentsKeepKeyOrderAndEscape() throws {
        let doc = JSONValue.object([("b", .int(1)), ("a", .string("Örebro \"län\"\n")), ("c", .null),
                                    ("d", .number(.nan)), ("e", .array([.bool(true)]))])
        let text = doc.rendered()
        #expect(text.firstRange(of: "\"b\"")!.lowerBound < text.firstRange(of: "\"a\"")!.lowerBound)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["a"] as? String == "Örebro \"län\"\n")
        #expect(parsed?["d"] is NSNull)
    }
}
