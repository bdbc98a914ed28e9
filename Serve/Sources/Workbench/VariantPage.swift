import PlanningData
import Scenario

/// The "new variant" form as HTML: every field with its value as sent and its problems beside it.
enum VariantPage {
    /// Choices for the selects, from the parent's data set (free text when it did not load).
    struct Choices {
        var hospitals: [(String, String)] = []
        var specialties: [(String, String)] = []
        var regions: [(String, String)] = []

        init(data: DataSet?) {
            guard let data else { return }
            hospitals = data.hospitals.map { ($0.id, $0.name) }.sorted { $0.1 < $1.1 }
            specialties = data.specialties.map { ($0.id, $0.name) }.sorted { $0.1 < $1.1 }
            regions = data.regions.map { ($0.id, $0.name) }.sorted { $0.1 < $1.1 }
        }
    }

    static func render(parentPath: String, parentName: String, summer: Bool, form: VariantForm, errors: [String: [String]],
                       choices: Choices) -> String {
        func messages(_ field: String) -> String {
            (errors[field] ?? []).map { "<p class=\"field-error\" id=\"fel-\(field)\">\(HTML.escape($0))</p>" }.joined()
        }
        func input(_ field: String, _ label: String, placeholder: String = "", size: Int = 20) -> String {
            let invalid = errors[field] != nil
            return "<div class=\"field\"><label for=\"\(field)\">\(HTML.escape(label))</label>"
                + "<input id=\"\(field)\" name=\"\(field)\" size=\"\(size)\" value=\"\(HTML.escape(form.value(field)))\""
                + " placeholder=\"\(HTML.escape(placeholder))\"\(invalid ? " class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"fel-\(field)\"" : "")>"
                + messages(field) + "</div>\n"
        }
        func select(_ field: String, _ label: String, _ options: [(String, String)], blank: String) -> String {
            if options.isEmpty { return input(field, label, placeholder: blank) }
            let invalid = errors[field] != nil
            var out = "<div class=\"field\"><label for=\"\(field)\">\(HTML.escape(label))</label>"
                + "<select id=\"\(field)\" name=\"\(field)\"\(invalid ? " class=\"invalid\" aria-invalid=\"true\"" : "")>"
                + "<option value=\"\">\(HTML.escape(blank))</option>"
            let current = form.value(field)
            var known = false
            for (value, text) in options {
                let selected = value == current
                known = known || selected
                out += "<option value=\"\(HTML.escape(value))\"\(selected ? " selected" : "")>\(HTML.escape(text))</option>"
            }
            // A value sent that is not a choice stays visible, so its error makes sense.
            if !known && !current.isEmpty { out += "<option value=\"\(HTML.escape(current))\" selected>\(HTML.escape(current))</option>" }
            return out + "</select>" + messages(field) + "</div>\n"
        }
        let careTypes = CareType.allCases.map { ($0.rawValue, $0.swedishName) }
        var body = "<p>Varianten blir en egen scenariofil bredvid <code>\(HTML.escape(parentPath))</code> som bygger på den "
            + "(<code>extends</code>) och ändrar bara det du fyller i. Den kontrolleras av samma läsare som <code>samplan</code>.</p>\n"
        if let general = errors[""] {
            body += "<div class=\"notice\">" + general.map { "<p class=\"error\">\(HTML.escape($0))</p>" }.joined() + "</div>\n"
        }
        body += "<form method=\"post\" action=\"/variant?fran=\(HTML.escape(Pages.queryValue(parentPath)))\">\n"
        body += "<fieldset><legend>Varianten</legend>\n"
        body += input("namn", "Namn", placeholder: "\(parentName) – variant", size: 60)
        body += input("fil", "Filnamn", placeholder: "t.ex. sommar-2024-nykoping-stangd", size: 40)
        body += "</fieldset>\n"
        if summer {
            body += "<fieldset><legend>Inställningar (tomt: som föräldern)</legend>\n"
            body += input("veckor", "Veckor", placeholder: "t.ex. 25..34", size: 10)
            body += select("perspektiv", "Perspektiv", [("region", "hemregionens"), ("system", "hela sjukvårdsregionens")], blank: "som föräldern")
            body += select("rutter", "Remissvägar", [("all", "alla inom restiden"), ("status_quo", "dagens"), ("own_region", "ingen samverkan")],
                           blank: "som föräldern")
            body += input("malbelaggning", "Målbeläggning (andel, t.ex. 0,85)", size: 8)
            body += input("max_restid", "Längsta restid (minuter)", size: 8)
            body += "</fieldset>\n"
            for k in 0..<VariantForm.closureLines {
                body += "<fieldset><legend>Stäng en avdelning \(k + 1)</legend>\n"
                body += select("stang\(k)_sjukhus", "Sjukhus", choices.hospitals, blank: "– ingen –")
                body += select("stang\(k)_specialitet", "Specialitet", choices.specialties, blank: "alla")
                body += input("stang\(k)_veckor", "Veckor", placeholder: "t.ex. 28..31", size: 10)
                body += select("stang\(k)_resurs", "Vad stängs", [("all", "allt"), ("beds", "vårdplatserna"), ("or_hours", "operationstiden"),
                                                                  ("visits", "mottagningen")], blank: "allt")
                body += "</fieldset>\n"
            }
            for k in 0..<VariantForm.demandLines {
                body += "<fieldset><legend>Ändra efterfrågan \(k + 1)</legend>\n"
                body += select("efterfragan\(k)_region", "Region", choices.regions, blank: "alla")
                body += select("efterfragan\(k)_specialitet", "Specialitet", choices.specialties, blank: "alla")
                body += select("efterfragan\(k)_vardtyp", "Vårdtyp", careTypes, blank: "alla")
                body += input("efterfragan\(k)_veckor", "Veckor", placeholder: "alla", size: 10)
                body += input("efterfragan\(k)_faktor", "Faktor (t.ex. 1,1 för +10 %)", size: 8)
                body += "</fieldset>\n"
            }
            for k in 0..<VariantForm.priceLines {
                body += "<fieldset><legend>Ändra ett pris \(k + 1)</legend>\n"
                body += select("pris\(k)_specialitet", "Specialitet", choices.specialties, blank: "alla")
                body += select("pris\(k)_vardtyp", "Vårdtyp", careTypes, blank: "alla")
                body += input("pris\(k)_faktor", "Faktor (t.ex. 1,2 för +20 %)", size: 8)
                body += "</fieldset>\n"
            }
        }
        body += "<button type=\"submit\">Spara varianten</button>\n</form>\n"
        return HTML.page(title: "Ny variant av \(parentName)", body: body)
    }
}
