import Foundation
import PlanningData

/// The forms that start a compare (two summer runs or scenario files) and a price sweep (one
/// summer scenario, one price, some factors), with each problem next to its field.
enum ComparePages {
    /// One entry of a select: the value sent and the text shown.
    struct Choice {
        let value: String
        let text: String
    }

    static func select(_ field: String, _ label: String, groups: [(String, [Choice])], current: String, errors: [String: String]) -> String {
        var out = "<div class=\"field\"><label for=\"\(field)\">\(HTML.escape(label))</label>"
            + "<select id=\"\(field)\" name=\"\(field)\"\(errors[field] != nil ? " class=\"invalid\" aria-invalid=\"true\"" : "")>"
            + "<option value=\"\">välj …</option>"
        for (title, choices) in groups where !choices.isEmpty {
            out += "<optgroup label=\"\(HTML.escape(title))\">"
            for c in choices {
                out += "<option value=\"\(HTML.escape(c.value))\"\(c.value == current ? " selected" : "")>\(HTML.escape(c.text))</option>"
            }
            out += "</optgroup>"
        }
        return out + "</select>" + fieldError(field, errors) + "</div>\n"
    }

    static func fieldError(_ field: String, _ errors: [String: String]) -> String {
        errors[field].map { "<p class=\"field-error\" id=\"fel-\(field)\">\(HTML.escape($0))</p>" } ?? ""
    }

    /// The compare form. `runs` are finished summer runs, `files` summer scenario files.
    static func compare(runs: [Choice], files: [Choice], form: [String: String], errors: [String: String],
                        earlier: [RunRecord]) -> String {
        let groups = [("Körningar", runs), ("Scenariofiler", files)]
        var body = "<p>Vad ändras mellan två sommarplaner: målfunktionens delar, avräkningen per region, flöden ut ur "
            + "regionen och väntelistan vid periodens slut (samma jämförelse som <code>samplan compare A B</code>). "
            + "Båda löses på nytt från sina scenariofiler; B startar från A:s optimala bas när modellerna har samma form.</p>\n"
        if let general = errors[""] { body += "<p class=\"error\">\(HTML.escape(general))</p>\n" }
        body += "<form method=\"post\" action=\"/jamfor\"><fieldset><legend>Jämför</legend>\n"
        body += select("a", "A – utgångsläget", groups: groups, current: form["a"] ?? "", errors: errors)
        body += select("b", "B – alternativet", groups: groups, current: form["b"] ?? "", errors: errors)
        body += "</fieldset><button id=\"starta-jamforelse\">Jämför</button></form>\n"
        body += "<h2>Tidigare jämförelser och prissvep</h2>\n"
        body += earlier.isEmpty ? "<p class=\"muted\">Inga än.</p>\n" : Pages.runTable(earlier)
        return HTML.page(title: "Jämför två körningar", body: body)
    }

    /// The price sweep form for the summer scenario at `path`.
    static func sweep(path: String, name: String, data: DataSet?, form: [String: String], errors: [String: String]) -> String {
        let specialties = (data?.specialties ?? []).map { Choice(value: $0.id, text: $0.name) }.sorted { $0.text < $1.text }
        let careTypes = CareType.allCases.map { Choice(value: $0.rawValue, text: $0.swedishName) }
        let levels = [Choice(value: "university", text: "universitetssjukhus"), Choice(value: "county", text: "länssjukhus"),
                      Choice(value: "district", text: "länsdelssjukhus")]
        var body = "<p>Löser <a href=\"/scenarier/\(HTML.escape(HTML.pathURL(path)))\">\(HTML.escape(name))</a> en gång per faktor "
            + "med ett pris i prislistan gånger faktorn (samma som <code>samplan sweep</code>); varje faktor startar från "
            + "den närmaste redan lösta. Resultatet är en rad per faktor: målfunktion, fall utanför regionen, väntelista "
            + "och varje regions netto.</p>\n"
        body += "<form method=\"post\" action=\"/svep?fran=\(HTML.escape(Pages.queryValue(path)))\"><fieldset><legend>Priset</legend>\n"
        body += select("specialitet", "Specialitet", groups: [("", specialties)], current: form["specialitet"] ?? "", errors: errors)
        body += select("vardtyp", "Vårdtyp", groups: [("", careTypes)], current: form["vardtyp"] ?? "", errors: errors)
        body += select("niva", "Sjukhusnivå (tomt: alla nivåer)", groups: [("", levels)], current: form["niva"] ?? "", errors: errors)
        body += fieldError("pris", errors)
        let factors = form["faktorer"] ?? "0,8; 0,9; 1; 1,1; 1,2"
        body += "</fieldset><fieldset><legend>Faktorerna</legend><div class=\"field\"><label for=\"faktorer\">Faktorer "
            + "(skilj dem med semikolon eller mellanslag)</label><input id=\"faktorer\" name=\"faktorer\" size=\"40\" "
            + "value=\"\(HTML.escape(factors))\"\(errors["faktorer"] != nil ? " class=\"invalid\" aria-invalid=\"true\"" : "")>"
            + fieldError("faktorer", errors) + "</div></fieldset>\n"
        body += "<button id=\"starta-svep\">Starta prissvepet</button></form>\n"
        return HTML.page(title: "Prissvep", body: body)
    }

    /// Factors as a planner types them: `0,8; 0,9; 1` or `0.8 0.9 1` or `0.8,0.9,1` (commas
    /// separate only when no factor has a decimal comma, i.e. the list has no `;` or spaces
    /// and holds a point). Nil when a part is not a non-negative number or one repeats.
    static func parseFactors(_ text: String) -> [Double]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separators: CharacterSet = trimmed.contains(";") || trimmed.contains(" ") ? CharacterSet(charactersIn: "; ")
            : trimmed.contains(".") ? CharacterSet(charactersIn: ",") : CharacterSet(charactersIn: ";")
        let parts = trimmed.components(separatedBy: separators).filter { !$0.isEmpty }
        let values = parts.map { Double($0.replacingOccurrences(of: ",", with: ".")) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0!.isFinite && $0! >= 0 }) else { return nil }
        let list = values.map { $0! }
        return Set(list).count == list.count ? list : nil
    }
}
