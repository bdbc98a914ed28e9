/// One waiting list (region, specialty, care type) at the start of the summer, to be split by
/// weeks waited.
struct Queue {
    let region, specialty, careType: String
    /// Patients waiting (a whole number).
    let waiting: Double
    /// The list's length in weeks of demand: longer lists have waited longer.
    let weeksOfDemand: Double

    /// Survival per week of the geometric distribution of weeks waited whose mean is
    /// `meanWaitFactor` × the list's weeks of demand: P(weeks waited ≥ k) = q^k.
    func survival(meanWaitFactor: Double) -> Double {
        let mean = max(0, meanWaitFactor * weeksOfDemand)
        return mean / (1 + mean)
    }

    /// The waiting patients by weeks waited 0…maxWeeks (those who have waited longer are counted
    /// at maxWeeks), whole numbers by largest remainder, summing to `waiting`.
    func byWeeksWaited(meanWaitFactor: Double, maxWeeks: Int) -> [Double] {
        let q = survival(meanWaitFactor: meanWaitFactor)
        var pow = 1.0
        var weights: [Double] = []
        for _ in 0..<maxWeeks {
            weights.append(pow * (1 - q))
            pow *= q
        }
        weights.append(pow)
        return Generator.apportion(waiting, weights)
    }

    /// The factor (mean weeks waited ÷ weeks of demand, the same for every list) at which the
    /// share of all waiting patients with at least `guaranteeWeeks` weeks waited is
    /// `overGuaranteeShare`, before rounding. Found by bisection: the share grows with the factor.
    static func meanWaitFactor(_ queues: [Queue], overGuaranteeShare: Double, guaranteeWeeks: Int) -> Double {
        let total = queues.reduce(0) { $0 + $1.waiting }
        func share(_ factor: Double) -> Double {
            queues.reduce(0) { sum, queue in
                var tail = 1.0
                for _ in 0..<guaranteeWeeks { tail *= queue.survival(meanWaitFactor: factor) }
                return sum + queue.waiting * tail
            } / total
        }
        var low = 0.0, high = 100.0
        for _ in 0..<100 {
            let mid = (low + high) / 2
            if share(mid) < overGuaranteeShare { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
