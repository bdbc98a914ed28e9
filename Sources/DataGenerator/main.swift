import ArgumentParser
import Foundation
import PlanningData

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

    @Option(name: .customLong("pricelist-2025"), help: "Where to write the 2025 price list (empty: not written).")
    var pricelist2025 = "Scenarios/pricelists/2025.csv"

    @Option(help: "Copies of every hospital and municipality (a larger data set for benchmarks).")
    var scale = 1

    func validate() throws {
        guard (1...16).contains(scale) else { throw ValidationError("--scale must be 1 to 16") }
    }

    func run() throws {
        var generator = try Generator(sources: sources, scale: scale)
        try generator.write(to: out)
        print("wrote \(out)")
        if !pricelist2025.isEmpty {
            let document = Generator.priceList2025()
            try FileManager.default.createDirectory(atPath: UserPath.directory(of: pricelist2025), withIntermediateDirectories: true)
            try Data(document.rendered().utf8).write(to: URL(fileURLWithPath: pricelist2025))
            print("wrote \(pricelist2025)")
        }
    }
}

DataGeneratorCommand.main()
