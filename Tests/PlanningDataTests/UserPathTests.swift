import Foundation
import PlanningData
import TestSupport
import Testing

/// Issue 15, kind 1: the one path helper takes apart any path without crashing.
@Suite("UserPath: every user-given path, taken apart without Foundation's NSString")
struct UserPathTests {
    @Test(arguments: [
        ("o", ".", "o"), ("o/", ".", "o"), ("./o", ".", "o"), ("x/y", "x", "y"), ("x/y/", "x", "y"), ("/o", "/", "o"),
        ("/", "/", "/"), (".", "..", "."), ("..", "../..", ".."), ("../o", "..", "o"), ("a/../b", ".", "b"),
        ("sp ace/ö", "sp ace", "ö"), ("Örebro län/ä.yaml", "Örebro län", "ä.yaml"), ("a//b", "a", "b"), ("", "..", "."),
    ])
    func directoryAndLastComponent(_ path: String, _ directory: String, _ last: String) {
        #expect(UserPath.directory(of: path) == directory)
        #expect(UserPath.lastComponent(path) == last)
    }

    @Test(arguments: [
        ("a/./b/../c/", "a/c"), ("../x", "../x"), ("/..", "/"), ("./", "."), ("a/b/../../..", ".."), ("x", "x"),
        ("/a/b/../../../c", "/c"), ("ö/ /.", "ö/ "),
    ])
    func normalize(_ path: String, _ expected: String) {
        #expect(UserPath.normalize(path) == expected)
    }

    @Test(arguments: [
        ("s.yaml", "s"), ("a/summer-2024.yaml", "summer-2024"), ("x", "x"), (".hidden", ".hidden"), ("a.b.c", "a.b"), ("ö.yaml/", "ö"),
    ])
    func stem(_ path: String, _ expected: String) {
        #expect(UserPath.stem(path) == expected)
    }

    @Test func resolveJoinsRelativePathsAndKeepsAbsoluteOnes() {
        #expect(UserPath.resolve("d", relativeTo: ".") == "d")
        #expect(UserPath.resolve("../d", relativeTo: "s") == "d")
        #expect(UserPath.resolve("/abs/d", relativeTo: "s") == "/abs/d")
        #expect(UserPath.resolve("p", relativeTo: "x/y") == "x/y/p")
        #expect(UserPath.removingExtension("a/b.yaml") == "a/b")
        #expect(UserPath.removingExtension("..") == "..")
        #expect(UserPath.absolute("o").hasSuffix("/o"))
        #expect(UserPath.absolute("o/") == UserPath.absolute("./o"))
    }

    /// Every path operation of the sources goes through UserPath: no `NSString` path method is left
    /// that could trap on a one-character path.
    @Test func noSourceFileTakesPathsApartWithNSString() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(atPath: sources.path))
        var offenders: [String] = []
        for case let file as String in walker where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("as NSString") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                offenders.append("\(file): \(line)")
            }
        }
        #expect(offenders == [])
    }
}
