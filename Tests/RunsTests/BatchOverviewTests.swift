@testable import Runs
import Testing

/// The batch page is Swedish: an infeasible scenario's English reason (batch.csv's `error`) is not
/// put on it; the page sends the reader to the scenario's own report, where the reasons are in Swedish.
@Suite("Batch overview remarks")
struct BatchOverviewTests {
    @Test func anInfeasibleScenarioPointsToItsSwedishReport() {
        let remark = BatchOverview.remark(status: "infeasible", error: "Torsby has no candidate within 90 minutes", hasReport: true)
        #expect(remark == "Ingen tillåten lösning – skälen står i scenariots rapport.")
    }

    @Test func anErrorKeepsItsMessage() {
        #expect(BatchOverview.remark(status: "error", error: "x.yaml:1:1: unknown key", hasReport: false) == "x.yaml:1:1: unknown key")
        #expect(BatchOverview.remark(status: "infeasible", error: "reason", hasReport: false) == "reason")
        #expect(BatchOverview.remark(status: "optimal", error: "", hasReport: true) == "")
    }
}
