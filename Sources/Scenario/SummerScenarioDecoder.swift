import PlanningData

/// Decodes a merged summer scenario: every key known, every value of the right type and range.
enum SummerScenarioDecoder {
    static let keys = [
        "name", "kind", "data", "weeks", "perspective", "routes", "max_travel_minutes", "target_occupancy",
        "wait_cost_sek_per_week", "final_backlog_weight", "overload_penalty_sek_per_bed_week",
        "travel_cost_sek_per_minute", "compare_status_quo", "pricelist", "adjust", "solver",
        "guarantee_weeks", "guarantee_penalty_sek_per_week", "acute_transfers", "acute_transfer_max_minutes",
        "acute_transfer_cost_sek_per_bed_week", "acute_transfer_cost_sek_per_bed_week_minute", "no_region_worse_off",
    ] + [UncertaintyDecoder.key]

    static func decode(_ tree: YAMLValue, file: String, files: [String], reader: inout SchemaReader) -> SummerScenario? {
        guard let entries = reader.map(tree, "", allowed: keys) else { return nil }
        let name = required("name", entries, tree, &reader).flatMap { reader.string($0.value, "name") }
        let data = required("data", entries, tree, &reader).flatMap { entry in
            reader.string(entry.value, "data").map { Located(value: $0, location: entry.value.location, keyPath: "data") }
        }
        let weeks = required("weeks", entries, tree, &reader).flatMap { reader.weekRange($0.value, "weeks") }
        // The other keys are read even when a required one is wrong, so that every problem is reported at once.
        var s = SummerScenario(name: name ?? "", file: file, files: files,
                               dataFolder: data ?? Located(value: "", location: tree.location, keyPath: "data"), weeks: weeks ?? 1...1)
        func value<T>(_ key: String, _ read: (inout SchemaReader, YAMLValue, String) -> T?) -> T? {
            guard let entry = entries[key] else { return nil }
            if case .null = entry.value { return nil }
            return read(&reader, entry.value, key)
        }
        if let v = value("perspective", { $0.choice($1, $2, Perspective.self) }) { s.perspective = v }
        if let v = value("routes", { $0.choice($1, $2, RoutePolicy.self) }) { s.routes = v }
        if let v = value("max_travel_minutes", { $0.number($1, $2) }) { s.maxTravelMinutes = v }
        if let v = value("target_occupancy", { $0.number($1, $2, 0...1, what: "a share in (0, 1]", open: true) }) { s.targetOccupancy = v }
        if let v = value("final_backlog_weight", { $0.number($1, $2) }) { s.finalBacklogWeight = v }
        if let v = value("overload_penalty_sek_per_bed_week", { $0.number($1, $2) }) { s.overloadPenaltySEKPerBedWeek = v }
        if let v = value("travel_cost_sek_per_minute", { $0.number($1, $2) }) { s.travelCostSEKPerMinute = v }
        if let v = value("compare_status_quo", { $0.bool($1, $2) }) { s.compareStatusQuo = v }
        if let entry = entries["pricelist"], case .scalar = entry.value, let path = reader.string(entry.value, "pricelist") {
            s.pricelist = Located(value: path, location: entry.value.location, keyPath: "pricelist")
        } else if let entry = entries["pricelist"], !isNull(entry.value) {
            reader.report(entry.value, "pricelist", "expected a file path, found \(entry.value.typeName)")
        }
        if let entry = entries["wait_cost_sek_per_week"], !isNull(entry.value) {
            s.waitCost = waitCost(entry.value, &reader)
        }
        // Version 2 keys (docs/SPEC.md §5).
        if let v = value("guarantee_weeks", { $0.integer($1, $2, 1...52, what: "a whole number of weeks 1–52") }) { s.guaranteeWeeks = v }
        if let entry = entries["guarantee_penalty_sek_per_week"], !isNull(entry.value) {
            s.guaranteePenalty = waitCost(entry.value, &reader, path: "guarantee_penalty_sek_per_week", fallback: 5000)
        }
        if let v = value("acute_transfers", { $0.bool($1, $2) }) { s.acuteTransfers = v }
        if let v = value("acute_transfer_max_minutes", { $0.number($1, $2) }) { s.acuteTransferMaxMinutes = v }
        if let v = value("acute_transfer_cost_sek_per_bed_week", { $0.number($1, $2) }) { s.acuteTransferCostSEKPerBedWeek = v }
        if let v = value("acute_transfer_cost_sek_per_bed_week_minute", { $0.number($1, $2) }) { s.acuteTransferCostSEKPerBedWeekMinute = v }
        if let v = value("no_region_worse_off", { $0.bool($1, $2) }) { s.noRegionWorseOff = v }
        if s.noRegionWorseOff, let entry = entries["no_region_worse_off"] {
            // It bounds the plan by the status quo, which it must contain (docs/SPEC.md §3.5).
            if !s.compareStatusQuo {
                reader.report(entry.value, "no_region_worse_off", "needs the status quo, but `compare_status_quo` is false")
            } else if s.routes != .all {
                reader.report(entry.value, "no_region_worse_off", "needs `routes: all` (a plan that contains the status quo), but routes is `\(s.routes.rawValue)`")
            }
        }
        if let entry = entries["solver"], !isNull(entry.value) { s.solver = solver(entry.value, &reader) }
        if let entry = entries["adjust"], !isNull(entry.value) { s.adjustments = AdjustmentDecoder.decode(entry.value, &reader) }
        if let entry = entries[UncertaintyDecoder.key], !isNull(entry.value) { s.uncertainty = UncertaintyDecoder.decode(entry.value, &reader) }
        return name == nil || data == nil || weeks == nil ? nil : s
    }

    static func isNull(_ value: YAMLValue) -> Bool { if case .null = value { return true } else { return false } }

    static func required(_ key: String, _ entries: [String: YAMLEntry], _ tree: YAMLValue, _ reader: inout SchemaReader) -> YAMLEntry? {
        guard let entry = entries[key], !isNull(entry.value) else {
            reader.report(tree, key, "missing required key `\(key)`")
            return nil
        }
        return entry
    }

    /// A cost per week by (specialty, care type): a number, or a map whose missing `default` is `fallback`.
    static func waitCost(_ value: YAMLValue, _ reader: inout SchemaReader, path: String = "wait_cost_sek_per_week",
                         fallback: Double = 1500) -> WaitCostSetting {
        var setting = WaitCostSetting(defaultCost: fallback)
        if case .scalar = value {
            if let cost = reader.number(value, path) { setting.defaultCost = cost }
            return setting
        }
        guard case let .mapping(entries, _) = value else {
            reader.report(value, path, "expected a number or a map, found \(value.typeName)")
            return setting
        }
        for entry in entries {
            let keyPath = path + "." + entry.key
            guard let cost = reader.number(entry.value, keyPath) else { continue }
            if entry.key == "default" {
                setting.defaultCost = cost
            } else {
                setting.overrides.append(Located(value: (entry.key, cost), location: entry.keyLocation, keyPath: keyPath))
            }
        }
        return setting
    }

    static func solver(_ value: YAMLValue, _ reader: inout SchemaReader) -> SolverSettings {
        var settings = SolverSettings()
        guard let entries = reader.map(value, "solver", allowed: ["time_limit_s", "mip_gap", "presolve"]) else { return settings }
        if let e = entries["time_limit_s"], let v = reader.number(e.value, "solver.time_limit_s", 0...1e9, what: "a positive number of seconds", open: true) {
            settings.timeLimitSeconds = v
        }
        if let e = entries["mip_gap"], let v = reader.number(e.value, "solver.mip_gap", 0...1, what: "a gap between 0 and 1") { settings.mipGap = v }
        if let e = entries["presolve"], let v = reader.bool(e.value, "solver.presolve") { settings.presolve = v }
        return settings
    }
}
