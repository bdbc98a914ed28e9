import PlanningData
import Uncertainty

extension SummerInputs {
    /// The inputs of Monte Carlo draw `number` (1-based, docs/SPEC.md §10), whose data is the base data after every `adjust` with demand
    /// scaled per (region, specialty), the acute load A per (hospital, specialty) and the staffed
    /// capacity (beds, OR hours, visits) per (hospital, specialty), each factor the same in every
    /// week. A factor of exactly 1 leaves its values untouched, so that zero-width ranges give
    /// the base data bit for bit.
    public func drawn(_ factors: DrawFactorPlan, draw number: Int) -> SummerInputs {
        var d = data
        for (key, series) in d.demand {
            let f = factors.factor(draw: number, .demand, d.regions[key.region].id, d.specialties[key.specialty].id)
            guard f != 1 else { continue }
            var scaled = series
            for w in series.weeks { scaled.set(week: w, series[w] * f) }
            d.demand[key] = scaled
        }
        for h in d.hospitals.indices {
            for s in d.specialties.indices {
                let f = factors.factor(draw: number, .acute, d.hospitals[h].id, d.specialties[s].id)
                if f != 1 { d.scaleAcuteLoad(hospital: h, specialty: s, by: f) }
            }
        }
        for (h, s) in d.capacity.hospitalSpecialties {
            let f = factors.factor(draw: number, .capacity, d.hospitals[h].id, d.specialties[s].id)
            guard f != 1 else { continue }
            for w in 1...53 {
                let c = d.capacity.capacity(hospital: h, specialty: s, week: w)
                d.capacity.set(hospital: h, specialty: s, week: w, Resources(beds: c.beds * f, orHours: c.orHours * f, visits: c.visits * f))
            }
        }
        var copy = self
        copy.data = d
        return copy
    }
}

extension SummerInputs {
    /// The draws' centre: the inputs with every factor of `factors` at its range's mean
    /// ((low + mode + high) ÷ 3), through ``drawn(_:draw:)``. The draws start from its solve.
    public func centre(of factors: DrawFactorPlan) -> SummerInputs {
        drawn(factors.fixed { $1.mean }, draw: 1)
    }
}
