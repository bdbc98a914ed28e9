import PlanningData

/// The Swedish names of a data set's ids, for the text columns of a workbook: regions,
/// hospitals, specialties and care types. An id the data set does not know is shown as written.
public struct WorkbookNames: Sendable {
    public var regions: [String: String] = [:]
    public var hospitals: [String: String] = [:]
    public var specialties: [String: String] = [:]

    /// No names: every id as written (care types still get their Swedish names).
    public init() {}

    public init(data: DataSet) {
        for r in data.regions { regions[r.id] = r.name }
        for h in data.hospitals { hospitals[h.id] = h.name }
        for s in data.specialties { specialties[s.id] = s.name }
    }

    /// What a reader sees for `text` in a column named `column` (the CSV header).
    func shown(_ text: String, column: String) -> String {
        switch ResultColumns.kind(of: column) {
        case .region: return regions[text] ?? text
        case .hospital: return hospitals[text] ?? text
        case .specialty: return specialties[text] ?? text
        case .careType: return CareType(rawValue: text)?.swedishName ?? text
        case .hospitalList: return text.split(separator: "+").map { hospitals[String($0)] ?? String($0) }.joined(separator: ", ")
        case .yesNo: return text == "true" ? "ja" : (text == "false" ? "nej" : text)
        case .status: return ResultColumns.statusNames[text] ?? text
        case .otherText, .number: return text
        }
    }
}
