import PlanningData
import Testing

@Suite struct SHA256Tests {
    /// The hand-written hasher this replaced padded the state in place, so a second
    /// `hexDigest()` hashed the padding again and returned another digest.
    @Test func digestTwiceGivesTheSameDigest() {
        var sha = SHA256()
        sha.update("abc")
        let first = sha.hexDigest()
        #expect(sha.hexDigest() == first)
        #expect(first == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// More bytes after a digest continue the same message.
    @Test func updatesAfterADigestContinueTheMessage() {
        var split = SHA256()
        split.update("ab")
        _ = split.hexDigest()
        split.update("c")
        #expect(split.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Pieces cut at every length, across the 64-byte block boundary, hash as the whole.
    @Test(arguments: [1, 7, 55, 56, 63, 64, 65, 128])
    func piecesHashAsTheWhole(_ piece: Int) {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var whole = SHA256()
        whole.update(bytes)
        var pieces = SHA256()
        for start in stride(from: 0, to: bytes.count, by: piece) { pieces.update(Array(bytes[start..<min(start + piece, bytes.count)])) }
        #expect(pieces.hexDigest() == whole.hexDigest())
        #expect(whole.hexDigest().count == 64)
    }
}
