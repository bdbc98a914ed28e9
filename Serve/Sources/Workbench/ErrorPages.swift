import Hummingbird
import Logging

/// An error the workbench shows as a page: an HTTP status and a message in Swedish.
public struct WorkbenchError: Error, Sendable {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> WorkbenchError { WorkbenchError(.notFound, what) }
}

/// Turns every error into a Swedish page with a message and the right status: the workbench's
/// own errors as they are, Hummingbird's HTTP errors by their status, anything else as an
/// internal error whose details go to the log, never to the page (no stack traces).
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WorkbenchError {
            return ErrorText.page(error.status, error.message)
        } catch let error as WorkspacePathError {
            return ErrorText.page(.forbidden, "Sökvägen \(error.path) är inte tillåten: \(error.reason).")
        } catch let error as any HTTPResponseError {
            return ErrorText.page(error.status, ErrorText.message(for: error.status))
        } catch {
            logger.error("internal error on \(request.method) \(request.uri.path): \(String(describing: error))")
            return ErrorText.page(.internalServerError, ErrorText.message(for: .internalServerError))
        }
    }
}

/// The Swedish titles and messages of the error pages.
enum ErrorText {

    /// A message for a status that carries none of its own.
    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "Begäran gick inte att tolka."
        case 401: return "Servern kräver en nyckel (token). Öppna länken som servern skrev ut när den startade."
        case 403: return "Det här får du inte göra."
        case 404: return "Sidan finns inte."
        case 405: return "Den här sidan tar inte emot den sortens begäran."
        case 413: return "Det du skickade är för stort."
        case 422: return "Uppgifterna gick inte att använda."
        default: return "Ett internt fel inträffade. Detaljerna finns i serverns logg."
        }
    }

    static let titles: [Int: String] = [400: "Felaktig begäran", 401: "Nyckel krävs", 403: "Inte tillåtet", 404: "Hittades inte",
                                        405: "Fel metod", 413: "För stort", 422: "Ogiltiga uppgifter", 500: "Internt fel"]

    static func page(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let title = titles[status.code] ?? "Fel \(status.code)"
        let body = "<p class=\"error\">\(HTML.escape(message))</p>\n<p><a href=\"/\">Till scenarierna</a></p>\n"
        return HTMLResponse.make(HTML.page(title: title, body: body), status: status)
    }
}

enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                   .init("X-Content-Type-Options")!: "nosniff",
                                   .init("Content-Security-Policy")!: "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }
}
