import Foundation
import Hummingbird

/// Who may use the workbench. Without a token (the default on 127.0.0.1) every local request is
/// served. With one, every request must carry it: `Authorization: Bearer TOKEN`, the cookie set
/// when a page was opened with `?token=TOKEN` (so that a browser can follow links), or that query
/// parameter itself. Form posts from another site's page are refused either way (their Origin
/// names another host), so a page elsewhere cannot write into the workspace.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?
    static var cookieName: String { "samplan_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .post, let origin = request.headers[.origin] {
            let originHost = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
            guard let host = request.head.authority, originHost == host else { throw WorkbenchError(.forbidden, "Formuläret kom från en annan webbplats (\(origin)) och togs inte emot.") }
        }
        guard let token else { return try await next(request, context) }
        if let query = request.uri.queryParameters["token"], Self.same(String(query), token) {
            var response = try await next(request, context)
            response.headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let cookie = request.cookies[Self.cookieName]?.value
        guard let given = bearer ?? cookie, Self.same(given, token) else {
            throw WorkbenchError(.unauthorized, ErrorText.message(for: .unauthorized))
        }
        return try await next(request, context)
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for k in 0..<min(x.count, y.count) { difference |= x[k] ^ y[k] }
        return difference == 0
    }

    /// A new random token: 32 hex digits from the system's random generator.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
