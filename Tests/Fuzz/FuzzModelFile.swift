// libFuzzer target: MPS (free and fixed) and CPLEX LP reading through GLPK, then writing the model
// back and solving small ones (issue 15). GLPK aborts the process on bad arguments, so any path
// where samplan hands GLPK something it should have checked shows up as a crash. Built by
// Tests/Fuzz/fuzz.sh.
import Foundation
import GLPKBackend
import LinearProgramming

let scratch = NSTemporaryDirectory() + "samplan-fuzz-model-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let path = scratch + "/m"
    guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
    for format in ModelFileFormat.allCases {
        guard let model = try? GLPKModelFile.read(path, format: format), let compiled = try? model.compiled() else { continue }
        for out in ModelFileFormat.allCases {
            _ = try? GLPKModelFile.write(compiled, format: out, to: scratch + "/w." + out.rawValue)
        }
        if compiled.columnCount <= 50 && compiled.rowCount <= 50 {
            _ = try? GLPKSolver().solve(compiled, parameters: SolveParameters(timeLimitSeconds: 1))
        }
    }
    return 0
}
