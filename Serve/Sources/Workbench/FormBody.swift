import Foundation
import Hummingbird

/// Reads an `application/x-www-form-urlencoded` body, refusing one over `limit` bytes (first by
/// its declared length, then while reading), so a client cannot make the server hold more.
enum FormBody {
    static func read(_ request: Request, limit: Int) async throws -> [String: String] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw WorkbenchError(.contentTooLarge, "Formuläret är för stort (\(declared) byte; högst \(limit)).")
        }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw WorkbenchError(.contentTooLarge, "Formuläret är för stort (högst \(limit) byte).")
        }
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            throw WorkbenchError(.unsupportedMediaType, "Formuläret ska skickas som application/x-www-form-urlencoded.")
        }
        return parse(String(buffer: buffer))
    }

    /// `a=1&b=x+y` → ["a": "1", "b": "x y"]; the last of a repeated name wins.
    static func parse(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            guard let name = parts.first.map(decode), !name.isEmpty else { continue }
            out[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }
}
