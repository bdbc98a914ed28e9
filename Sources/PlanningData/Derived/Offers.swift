extension DataSet {
    /// Whether hospital h offers (s, t) in week w: every resource a case uses (case_mix value
    /// > 0) has staffed capacity > 0 (docs/SPEC.md §2; staffed, not what acute load leaves free, §9).
    public func offers(hospital h: Int, specialty s: Int, careType t: CareType, week w: Int) -> Bool {
        guard let mix = caseMix[SpecialtyCareType(s, t)] else { return false }
        let c = capacity.capacity(hospital: h, specialty: s, week: w)
        return (mix.bedDays <= 0 || c.beds > 0) && (mix.orMinutes <= 0 || c.orHours > 0)
            && (mix.visits <= 0 || c.visits > 0)
    }
}
