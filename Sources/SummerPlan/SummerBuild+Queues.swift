import LinearProgramming
import PlanningData

extension Build {
    // MARK: q, band rows, waiting rows (docs/SPEC.md §3.1)

    /// Every (r, s, t) with a backlog or demand in the horizon gets its bands, in an equivalent
    /// smaller form (docs/SPEC.md §3.1 allows it):
    /// - z is eliminated: z(w, a) = inflow(w, a) − q(w, a) ≥ 0 becomes the row q(w, a) ≤ inflow,
    ///   and Σ_a z = Σ_h x becomes version 1's waiting equation;
    /// - a band that no backlog or demand can reach stays empty and is left out;
    /// - the ages too young to reach G by the last week (below T(w) = G − (wN − w)) are one band,
    ///   `QueueBand.young`: they cost the same and none reaches the guarantee in the horizon. The
    ///   young band of week w − 1 holds exactly the ages that are young in week w, less demand(w).
    mutating func addQueues() {
        let G = settings.guaranteeWeeks
        var keys = Set(data.backlog.filter { $0.value > 0 && includes($0.key.specialty) }.keys)
        for (key, series) in data.demand where includes(key.specialty) && weeks.contains(where: { series[$0] > 0 }) { keys.insert(key) }
        layout.queueKeys = keys.sorted()
        for key in layout.queueKeys {
            let pair = SpecialtyCareType(key.specialty, key.careType)
            let wait = inputs.waitCost[pair] ?? settings.defaultWaitCost
            let guarantee = inputs.guaranteePenalty[pair] ?? settings.defaultGuaranteePenalty
            layout.waitCost[key] = wait
            layout.guaranteePenalty[key] = guarantee
            var start = [Double](repeating: 0, count: G + 1)
            for (k, waiting) in (data.backlogByWeeksWaited[key] ?? [:]).sorted(by: { $0.key < $1.key }) { start[min(k, G)] += waiting }
            layout.backlogByBand[key] = start
            var reachedBefore = start.map { $0 > 0 }
            var columnsBefore = BandColumns(guaranteeWeeks: G)
            for w in weeks {
                (reachedBefore, columnsBefore) = addQueueWeek(key, week: w, start: start, reachedBefore: reachedBefore,
                                                              columnsBefore: columnsBefore, wait: wait, guarantee: guarantee)
            }
        }
    }

    /// Week `w` of one waiting list: its waiting row and its bands. `start` is the backlog by
    /// band in week w0; `reachedBefore` says which bands of week w − 1 some backlog or demand
    /// reaches, `columnsBefore` their q columns. Returns the same for week w.
    private mutating func addQueueWeek(_ key: RegionSpecialtyCareType, week w: Int, start: [Double], reachedBefore: [Bool],
                                       columnsBefore: BandColumns, wait: Double, guarantee: Double) -> ([Bool], BandColumns) {
        let G = settings.guaranteeWeeks, firstWeek = settings.weeks.lowerBound, lastWeek = settings.weeks.upperBound
        let demand = data.demand[key]?[w] ?? 0
        let young = G - (lastWeek - w)  // T(w): ages below it are one band
        var reached = [Bool](repeating: false, count: G + 1)
        reached[0] = demand > 0
        for a in 1...G { reached[a] = reachedBefore[a - 1] || (a == G && reachedBefore[G]) }
        let weight = w == lastWeek ? settings.finalBacklogWeight : 1
        // v1's waiting equation: Σ_a q(w, a) − Σ_a q(w−1, a) + Σ_h x = demand (+ backlog in w0).
        let backlog = w == firstWeek ? start.reduce(0, +) : 0
        let waitingRow = model.addRow(lower: demand + backlog, upper: demand + backlog, name: label(["waiting", id(key), "\(w)"]))
        layout.treatedRows.append(QueueWeek(queue: key, week: w), waitingRow)
        if w > firstWeek {
            for band in [QueueBand.young] + Array(0...G) {
                if let previous = columnsBefore[band] { model.addCoefficient(row: waitingRow, column: previous, value: -1) }
            }
        }
        // The bands of week w: the young band, then every band from T(w) (or 0) to G.
        var bands: [(band: Int, inflowBands: [Int], constant: Double)] = []
        if young >= 1 && reached[0..<young].contains(true) {
            // Ages 0 … T(w) − 1: demand(w), plus the young band of w − 1 (ages 0 … T(w) − 2 then);
            // in week w0 the backlog of those ages.
            let constant = demand + (w == firstWeek ? start[0..<max(0, young - 1)].reduce(0, +) : 0)
            bands.append((QueueBand.young, [QueueBand.young], constant))
        }
        for a in max(young, 0)...G where reached[a] {
            let from = a == 0 ? [] : (a == G ? [G - 1, G] : [a - 1])
            let constant = a == 0 ? demand : (w == firstWeek ? from.reduce(0) { $0 + start[$1] } : 0)
            bands.append((a, from, constant))
        }
        var columns = BandColumns(guaranteeWeeks: G)
        for (band, from, constant) in bands {
            let cost = wait * weight + (band == G ? guarantee * weight : 0)
            columns[band] = addBand(QueueBand(queue: key, week: w, band: band), from: from, constant: constant, cost: cost,
                                    waitingRow: waitingRow, columnsBefore: columnsBefore)
        }
        return (reached, columns)
    }

    /// One band's q and its row q(w, a) − Σ q(w−1, from) ≤ constant (that is, z(w, a) ≥ 0);
    /// returns the q column.
    private mutating func addBand(_ band: QueueBand, from: [Int], constant: Double, cost: Double, waitingRow: Int,
                                  columnsBefore: BandColumns) -> Int {
        let key = band.queue, w = band.week
        func bandName() -> String { band.band == QueueBand.young ? "young" : "\(band.band)" }
        let q = model.addVariable(lower: 0, upper: .infinity, objective: cost, name: label(["q", id(key), "\(w)", bandName()]))
        layout.queues.append(band, q)
        model.addCoefficient(row: waitingRow, column: q, value: 1)
        let row = model.addRow(lower: -.infinity, upper: constant, name: label(["band", id(key), "\(w)", bandName()]))
        layout.bandRows.append(band, row)
        model.addCoefficient(row: row, column: q, value: 1)
        if w > settings.weeks.lowerBound {
            for b in from {
                if let previous = columnsBefore[b] { model.addCoefficient(row: row, column: previous, value: -1) }
            }
        }
        return q
    }
}

/// The q columns of one week of one waiting list, by band (`QueueBand.young` or 0 … G): what the
/// next week's rows refer to, kept at hand so that building does not look them up by key.
struct BandColumns {
    private var columns: [Int?]

    init(guaranteeWeeks G: Int) { columns = Array(repeating: nil, count: G + 2) }

    /// The column of `band`, nil when the week has none.
    subscript(band: Int) -> Int? {
        get { columns[band + 1] }
        set { columns[band + 1] = newValue }
    }
}
