import SamplanSupport
import Testing

@Suite struct WardWeekIndexTests {
    /// Every (hospital, specialty, week 1–53) gets its own slot, and the slots fill 0..<count.
    @Test(arguments: [(1, 1), (2, 3), (25, 21)])
    func slotsAreABijection(_ hospitals: Int, _ specialties: Int) {
        let index = WardWeekIndex(hospitals: hospitals, specialties: specialties)
        var seen = [Bool](repeating: false, count: index.count)
        for h in 0..<hospitals {
            for s in 0..<specialties {
                for w in 1...53 {
                    let slot = index.slot(hospital: h, specialty: s, week: w)
                    #expect(!seen[slot])
                    seen[slot] = true
                }
            }
        }
        #expect(seen.allSatisfy { $0 })
        #expect(index.count == hospitals * specialties * 53)
    }

    @Test func layoutIsHospitalMajorWithWeeksInnermost() {
        let index = WardWeekIndex(hospitals: 4, specialties: 3)
        #expect(index.slot(hospital: 0, specialty: 0, week: 1) == 0)
        #expect(index.slot(hospital: 0, specialty: 0, week: 53) == 52)
        #expect(index.slot(hospital: 0, specialty: 1, week: 1) == 53)
        #expect(index.slot(hospital: 1, specialty: 0, week: 1) == 3 * 53)
        #expect(index.pair(hospital: 2, specialty: 1) == 7)
        #expect(WardWeekIndex.offset(week: 1) == 0 && WardWeekIndex.offset(week: 53) == 52)
    }
}
