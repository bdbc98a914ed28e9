import CGLPK
import Foundation

/// What GLPK printed during one environment scope.
final class GLPKLogCapture {
    /// Captured text, capped so that a runaway log cannot exhaust memory.
    private(set) var text = ""
    let echo: Bool
    private static let limit = 4 << 20

    init(echo: Bool) { self.echo = echo }

    func append(_ line: String) {
        if echo { FileHandle.standardError.write(Data(line.utf8)) }
        if text.utf8.count < Self.limit { text += line }
    }
}

/// GLPK keeps its environment (memory, terminal hooks) per thread (`glp_config("TLS")`). Every
/// GLPK call of this module happens inside ``withEnvironment(echo:_:)``: it installs the hooks
/// for this thread and, when the outermost scope on the thread ends, frees the environment, so
/// that no GLPK object outlives the thread-confined call that created it.
enum GLPKEnvironment {
    private static let depthKey = "se.samplan.glpk.depth"
    private static let captureKey = "se.samplan.glpk.capture"

    static func withEnvironment<T, E: Error>(
        echo: Bool, _ body: (GLPKLogCapture) throws(E) -> T
    ) throws(E) -> T {
        let threadStore = Thread.current.threadDictionary
        let depth = (threadStore[depthKey] as? Int) ?? 0
        let outer = threadStore[captureKey] as? GLPKLogCapture
        let capture = GLPKLogCapture(echo: echo)
        threadStore[depthKey] = depth + 1
        threadStore[captureKey] = capture
        install(capture)
        defer {
            if depth == 0 {
                glp_term_hook(nil, nil)
                glp_error_hook(nil, nil)
                glp_free_env()
                threadStore.removeObject(forKey: depthKey)
                threadStore.removeObject(forKey: captureKey)
            } else {
                threadStore[depthKey] = depth
                threadStore[captureKey] = outer
                if let outer { install(outer) }
            }
        }
        return try body(capture)
    }

    private static func install(_ capture: GLPKLogCapture) {
        // The capture is kept alive by the thread dictionary for the whole scope.
        let info = Unmanaged.passUnretained(capture).toOpaque()
        glp_term_hook(termHook, info)
        glp_error_hook(errorHook, info)
    }
}

/// Receives everything GLPK prints; returning non-zero stops GLPK printing it itself.
private let termHook: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32 = { info, text in
    guard let info, let text else { return 1 }
    Unmanaged<GLPKLogCapture>.fromOpaque(info).takeUnretainedValue().append(String(cString: text))
    return 1
}

/// GLPK calls this on an internal error, just before it would `abort()`. Everything passed to
/// GLPK is validated first, so this is a bug in Samplan: exit with the internal-error code and
/// what GLPK said, instead of a core dump.
private let errorHook: @convention(c) (UnsafeMutableRawPointer?) -> Void = { info in
    var message = "error: internal error in GLPK; this is a bug in samplan, please report it\n"
    if let info {
        let log = Unmanaged<GLPKLogCapture>.fromOpaque(info).takeUnretainedValue().text
        message += String(log.suffix(2000))
    }
    FileHandle.standardError.write(Data(message.utf8))
    exit(70)
}
