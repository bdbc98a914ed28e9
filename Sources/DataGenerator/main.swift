import ArgumentParser
import Foundation

/// `samplan-datagen`: writes the synthetic default data set.
struct DataGeneratorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplan-datagen",
        abstract: "Write the synthetic Mellansverige data set (deterministic, fixed seed).",
        discussion: "The committed data set is made by: swift run samplan-datagen"
    )

    @Option(help: "Folder with the public municipality and hospital lists.")
    var sources = "Scenarios/data/sources"

    @Option(help: "The data set folder to write.")
    var out = "Scenarios/data/mellansverige-2024"

    @Option(help: "Copies of every hospital and municipality (a larger data set for benchmarks).")
    var scale = 1

    func validate() throws {
        guard (1...16).contains(scale) else { throw ValidationError("--scale must be 1 to 16") }
    }

    func run() throws {
        var generator = try Generator(sources: sources, scale: scale)
        try generator.write(to: out)
        print("wrote \(out)")
    }
}

DataGeneratorCommand.main()
