import Crypto

/// SHA-256 (FIPS 180-4) for `inputs_sha256`, a fingerprint of every input of a run (docs/SPEC.md §5
/// run.json): an incremental hasher over swift-crypto's `SHA256`, with the digest as lowercase hex.
public struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    /// A hasher over no bytes yet.
    public init() {}

    /// Adds bytes to the digest.
    ///
    /// - Complexity: O(n).
    public mutating func update(_ bytes: [UInt8]) { hasher.update(data: bytes) }

    /// Adds the UTF-8 bytes of `text`.
    public mutating func update(_ text: String) { hasher.update(data: Array(text.utf8)) }

    /// The digest of every byte added so far as 64 lowercase hex digits. It does not end the
    /// hasher: calling it twice gives the same digest, and more bytes may follow.
    public func hexDigest() -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(64)
        for byte in hasher.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
