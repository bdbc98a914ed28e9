import Foundation
import Hummingbird

/// A run's events as server-sent events (`text/event-stream`), read by the run page's script
/// (`/static/korning.js`, plain `EventSource`). Each event is one `event:` line naming it
/// (`queued`, `started`, `progress`, `ended`) and one `data:` line of JSON; the stream ends after
/// `ended`, or at once for a run that has ended.
enum EventStream {
    /// The response streaming `events` until the run ends or the client goes away.
    static func response(_ events: AsyncStream<RunEvent>) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                                   .init("X-Accel-Buffering")!: "no"]
        let body = ResponseBody { writer in
            // Tells EventSource to wait 2 s before reconnecting after the stream ends or drops.
            try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
            for await event in events {
                try await writer.write(ByteBuffer(string: encode(event)))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// One event as its text on the wire, ending with the blank line.
    static func encode(_ event: RunEvent) -> String {
        let name: String
        var fields: [String: Any] = [:]
        switch event {
        case let .queued(position):
            name = "queued"
            fields = ["position": position, "text": "I kön, plats \(position)"]
        case .started:
            name = "started"
            fields = ["text": "Körs"]
        case let .progress(progress):
            name = "progress"
            fields = ["text": progress.message]
            if let fraction = progress.fraction { fields["fraction"] = max(0, min(1, fraction)) }
        case let .ended(record):
            name = "ended"
            fields = ["status": record.status.rawValue, "text": record.status.swedish]
            if let message = record.message { fields["message"] = message }
        }
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
