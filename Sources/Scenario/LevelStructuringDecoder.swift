import PlanningData

/// Decodes a merged level-structuring scenario (docs/SPEC.md §4, §5, §9). Summer keys are unknown keys here.
enum LevelStructuringDecoder {
    static let keys = [
        "name", "kind", "data", "pricelist", "procedure", "travel_cost_sek_per_minute", "unserved_penalty_sek",
        "shortfall_penalty_sek", "optimize", "proposals", "enumerate", "solver",
    ]
    static let procedureKeys = [
        "specialty", "care_type", "cases_per_100k", "candidates", "min_volume", "capacity", "fixed_cost_sek",
        "case_cost_sek", "max_travel_minutes", "sites", "must_open", "must_close",
    ]

    static func decode(_ tree: YAMLValue, file: String, files: [String], reader: inout SchemaReader) -> LevelStructuringScenario? {
        guard let entries = reader.map(tree, "", allowed: keys) else { return nil }
        let name = SummerScenarioDecoder.required("name", entries, tree, &reader).flatMap { reader.string($0.value, "name") }
        let data = SummerScenarioDecoder.required("data", entries, tree, &reader).flatMap { entry in
            reader.string(entry.value, "data").map { Located(value: $0, location: entry.value.location, keyPath: "data") }
        }
        let procedure = SummerScenarioDecoder.required("procedure", entries, tree, &reader).flatMap { decodeProcedure($0.value, &reader) }
        guard let name, let data, let procedure else { return nil }
        var s = LevelStructuringScenario(name: name, file: file, files: files, dataFolder: data, procedure: procedure)
        func value<T>(_ key: String, _ read: (inout SchemaReader, YAMLValue, String) -> T?) -> T? {
            guard let entry = entries[key], !SummerScenarioDecoder.isNull(entry.value) else { return nil }
            return read(&reader, entry.value, key)
        }
        if let v = value("travel_cost_sek_per_minute", { $0.number($1, $2) }) { s.travelCostSEKPerMinute = v }
        if let v = value("unserved_penalty_sek", { $0.number($1, $2) }) { s.unservedPenaltySEK = v }
        if let v = value("shortfall_penalty_sek", { $0.number($1, $2) }) { s.shortfallPenaltySEK = v }
        if let v = value("optimize", { $0.bool($1, $2) }) { s.optimize = v }
        if let entry = entries["pricelist"], !SummerScenarioDecoder.isNull(entry.value), let path = reader.string(entry.value, "pricelist") {
            s.pricelist = Located(value: path, location: entry.value.location, keyPath: "pricelist")
        }
        if let entry = entries["solver"], !SummerScenarioDecoder.isNull(entry.value) { s.solver = SummerScenarioDecoder.solver(entry.value, &reader) }
        let candidates = procedure.candidates.map(\.value)
        if let entry = entries["proposals"], !SummerScenarioDecoder.isNull(entry.value) {
            s.proposals = decodeProposals(entry.value, candidates: candidates, &reader)
        }
        if let entry = entries["enumerate"], !SummerScenarioDecoder.isNull(entry.value),
           let fields = reader.map(entry.value, "enumerate", allowed: ["sites"]) {
            if let sites = fields["sites"] {
                s.enumerate = siteRange(sites.value, "enumerate.sites", candidates: candidates.count, &reader)
                if let sizes = s.enumerate, procedure.enumerationSizes(sizes) == nil {
                    reader.report(sites.value, "enumerate.sites", "no combination of \(sizes.lowerBound == sizes.upperBound ? "\(sizes.lowerBound)" : "\(sizes.lowerBound)–\(sizes.upperBound)") of the \(candidates.count) candidates holds every `must_open` site (\(procedure.mustOpen.count)) and no `must_close` site (\(procedure.mustClose.count))")
                }
            } else {
                reader.report(entry.value, "enumerate", "missing `sites` (K or \"K..L\")")
            }
        }
        if !s.optimize && s.proposals.isEmpty && s.enumerate == nil {
            reader.report(tree, "optimize", "with `optimize: false` there is nothing to do: give `proposals` or `enumerate`")
        }
        return s
    }

    static func decodeProcedure(_ value: YAMLValue, _ reader: inout SchemaReader) -> ProcedureSpec? {
        guard let fields = reader.map(value, "procedure", allowed: procedureKeys) else { return nil }
        func required(_ key: String) -> YAMLEntry? {
            guard let entry = fields[key], !SummerScenarioDecoder.isNull(entry.value) else {
                reader.report(value, "procedure." + key, "missing required key `\(key)`")
                return nil
            }
            return entry
        }
        let specialty = required("specialty").flatMap { e in
            reader.string(e.value, "procedure.specialty").map { Located(value: $0, location: e.value.location, keyPath: "procedure.specialty") }
        }
        let careType = required("care_type").flatMap { reader.choice($0.value, "procedure.care_type", CareType.self) }
        let rate = required("cases_per_100k").flatMap { reader.number($0.value, "procedure.cases_per_100k") }
        var candidates: [Located<String>] = []
        if let entry = required("candidates") {
            if case let .sequence(items, _) = entry.value, !items.isEmpty {
                for (k, item) in items.enumerated() {
                    let path = "procedure.candidates[\(k + 1)]"
                    guard let id = reader.string(item, path) else { continue }
                    if candidates.contains(where: { $0.value == id }) {
                        reader.report(item, path, "`\(id)` is listed twice")
                        continue
                    }
                    candidates.append(Located(value: id, location: item.location, keyPath: path))
                }
            } else {
                reader.report(entry.value, "procedure.candidates", "expected a non-empty list of hospital ids, found \(SchemaReader.describe(entry.value))")
            }
        }
        guard let specialty, let careType, let rate, !candidates.isEmpty else { return nil }
        let ids = candidates.map(\.value)
        var spec = ProcedureSpec(specialty: specialty, careType: careType, casesPer100k: rate, candidates: candidates, sitesMax: ids.count)
        if let e = fields["min_volume"], let v = reader.number(e.value, "procedure.min_volume") { spec.minVolume = v }
        if let e = fields["max_travel_minutes"], !SummerScenarioDecoder.isNull(e.value),
           let v = reader.number(e.value, "procedure.max_travel_minutes") { spec.maxTravelMinutes = v }
        if let e = fields["capacity"], let v = perHospital(e.value, "procedure.capacity", candidates: ids, defaultValue: .infinity, &reader) { spec.capacity = v }
        if let e = fields["fixed_cost_sek"], let v = perHospital(e.value, "procedure.fixed_cost_sek", candidates: ids, defaultValue: 0, &reader) { spec.fixedCostSEK = v }
        if let e = fields["case_cost_sek"], let v = perHospital(e.value, "procedure.case_cost_sek", candidates: ids, defaultValue: 0, &reader) { spec.caseCostSEK = v }
        if let e = fields["sites"], let sites = reader.map(e.value, "procedure.sites", allowed: ["min", "max"]) {
            if let m = sites["min"], let v = reader.integer(m.value, "procedure.sites.min", 0...ids.count, what: "a number of sites 0–\(ids.count)") { spec.sitesMin = v }
            if let m = sites["max"], let v = reader.integer(m.value, "procedure.sites.max", 0...ids.count, what: "a number of sites 0–\(ids.count)") { spec.sitesMax = v }
            if spec.sitesMin > spec.sitesMax { reader.report(e.value, "procedure.sites", "`min` (\(spec.sitesMin)) is above `max` (\(spec.sitesMax))") }
        }
        if let e = fields["must_open"] { spec.mustOpen = siteList(e.value, "procedure.must_open", candidates: ids, &reader) }
        if let e = fields["must_close"] {
            let listed = siteList(e.value, "procedure.must_close", candidates: ids, &reader)
            for site in listed where spec.mustOpen.contains(where: { $0.value == site.value }) {
                reader.issues.append(ScenarioIssue(site.location, site.keyPath, "`\(site.value)` is also in `must_open`: a site cannot be both"))
            }
            spec.mustClose = listed.filter { site in !spec.mustOpen.contains { $0.value == site.value } }
        }
        return spec
    }

    /// `must_open` / `must_close` (docs/SPEC.md §4, §9 v2): a list of candidates, each at most once;
    /// null is the empty list.
    static func siteList(_ value: YAMLValue, _ path: String, candidates: [String], _ reader: inout SchemaReader) -> [Located<String>] {
        if SummerScenarioDecoder.isNull(value) { return [] }
        guard case let .sequence(items, _) = value else {
            reader.report(value, path, "expected a list of candidate hospital ids, found \(SchemaReader.describe(value))")
            return []
        }
        var out: [Located<String>] = []
        for (k, item) in items.enumerated() {
            let itemPath = "\(path)[\(k + 1)]"
            guard let id = reader.string(item, itemPath) else { continue }
            guard candidates.contains(id) else {
                reader.report(item, itemPath, "`\(id)` is not a candidate\(NearestMatch.hint(for: id, among: candidates))")
                continue
            }
            if out.contains(where: { $0.value == id }) {
                reader.report(item, itemPath, "`\(id)` is listed twice")
                continue
            }
            out.append(Located(value: id, location: item.location, keyPath: itemPath))
        }
        return out
    }

    /// A number, or a map with `default` and candidate ids; a map without `default` must name every candidate.
    static func perHospital(_ value: YAMLValue, _ path: String, candidates: [String], defaultValue: Double,
                            _ reader: inout SchemaReader) -> PerHospitalValue? {
        switch value {
        case .scalar:
            return reader.number(value, path).map { PerHospitalValue(defaultValue: $0) }
        case let .mapping(entries, _):
            var result = PerHospitalValue(defaultValue: nil)
            for entry in entries {
                guard let v = reader.number(entry.value, path + "." + entry.key) else { continue }
                if entry.key == "default" {
                    result.defaultValue = v
                } else if candidates.contains(entry.key) {
                    result.values[entry.key] = v
                } else {
                    reader.issues.append(ScenarioIssue(entry.keyLocation, path + "." + entry.key,
                                                       "not a candidate\(NearestMatch.hint(for: entry.key, among: candidates + ["default"]))"))
                }
            }
            if result.defaultValue == nil {
                let missing = candidates.filter { result.values[$0] == nil }
                if !missing.isEmpty {
                    reader.report(value, path, "no `default` and no value for \(missing.map { "`\($0)`" }.joined(separator: ", "))")
                    return nil
                }
            }
            return result
        default:
            reader.report(value, path, "expected a number or a map of `default` and hospital ids, found \(value.typeName)")
            return nil
        }
    }

    static func decodeProposals(_ value: YAMLValue, candidates: [String], _ reader: inout SchemaReader) -> [Proposal] {
        guard case let .sequence(items, _) = value else {
            reader.report(value, "proposals", "expected a list of {name, open}, found \(value.typeName)")
            return []
        }
        var out: [Proposal] = []
        for (k, item) in items.enumerated() {
            let path = "proposals[\(k + 1)]"
            guard let fields = reader.map(item, path, allowed: ["name", "open"]) else { continue }
            guard let nameEntry = fields["name"], let name = reader.string(nameEntry.value, path + ".name") else {
                if fields["name"] == nil { reader.report(item, path + ".name", "missing required key `name`") }
                continue
            }
            if name == "optimal" || out.contains(where: { $0.name == name }) {
                reader.report(nameEntry.value, path + ".name", name == "optimal" ? "`optimal` is the name of the MIP's row" : "a proposal named `\(name)` is already listed")
                continue
            }
            guard let openEntry = fields["open"], case let .sequence(sites, _) = openEntry.value else {
                reader.report(fields["open"]?.value ?? item, path + ".open", "expected a list of candidate hospital ids")
                continue
            }
            var open: [String] = []
            for (j, site) in sites.enumerated() {
                guard let id = reader.string(site, "\(path).open[\(j + 1)]") else { continue }
                guard candidates.contains(id) else {
                    reader.report(site, "\(path).open[\(j + 1)]", "`\(id)` is not a candidate\(NearestMatch.hint(for: id, among: candidates))")
                    continue
                }
                if !open.contains(id) { open.append(id) }
            }
            out.append(Proposal(name: name, open: candidates.filter(open.contains)))
        }
        return out
    }

    static func siteRange(_ value: YAMLValue, _ path: String, candidates: Int, _ reader: inout SchemaReader) -> ClosedRange<Int>? {
        if case let .scalar(text, _, _) = value {
            if let k = Int(text), (1...candidates).contains(k) { return k...k }
            let parts = text.components(separatedBy: "..")
            if parts.count == 2, let k = Int(parts[0].trimmingWhitespace), let l = Int(parts[1].trimmingWhitespace),
               1 <= k, k <= l, l <= candidates {
                return k...l
            }
        }
        reader.report(value, path, "expected K or \"K..L\" with 1 ≤ K ≤ L ≤ \(candidates) (the number of candidates), found \(SchemaReader.describe(value))")
        return nil
    }
}
