import LinearProgramming
import PlanningData

extension Build {
    // MARK: Wards: free-bed rows, acute-excess rows, o (docs/SPEC.md §3.2)

    mutating func addWards() {
        let theta = settings.targetOccupancy
        for h in data.hospitals.indices {
            for s in data.specialties.indices where includes(s) {
                for w in weeks {
                    let balance = data.bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta)
                    guard balance.hasRow else { continue }
                    let ward = WardWeek(hospital: h, specialty: s, week: w)
                    layout.wards.append(ward)
                    layout.balances[ward] = balance
                    if balance.staffedBeds > 0 {
                        layout.freeBedRows.append(ward, model.addRow(lower: -.infinity, upper: balance.freeBeds, name: label(["free_beds", id(ward)])))
                    }
                    if balance.acuteExcess > 0 || envelope.mayExceed.contains(ward) {
                        let o = model.addVariable(lower: 0, upper: .infinity, objective: settings.overloadPenaltySEKPerBedWeek,
                                                  name: label(["o", id(ward)]))
                        layout.overloads.append(ward, o)
                        let row = model.addRow(lower: balance.acuteExcess, upper: balance.acuteExcess, name: label(["acute_excess", id(ward)]))
                        layout.acuteExcessRows.append(ward, row)
                        model.addCoefficient(row: row, column: o, value: 1)
                    }
                }
            }
        }
    }

    // MARK: v (docs/SPEC.md §3.2)

    /// From every ward-week with E > 0 to every other hospital of the specialty with F > 0 within
    /// `acute_transfer_max_minutes`; across regions only with `routes: all`.
    mutating func addTransfers() {
        guard settings.acuteTransfers else { return }
        let acrossRegions = routes == .all
        let pricelist = inputs.priceList ?? data.name + "/pricelist.csv"
        for (ward, excessRow) in layout.acuteExcessRows.entries {
            let (h, s, w) = (ward.hospital, ward.specialty, ward.week)
            for h2 in data.hospitals.indices where h2 != h {
                let receiver = WardWeek(hospital: h2, specialty: s, week: w)
                guard let inRow = layout.freeBedRows[receiver],
                      layout.balances[receiver]!.freeBeds > 0 || envelope.mayReceive.contains(receiver) else { continue }
                let cross = data.hospitals[h].region != data.hospitals[h2].region
                guard acrossRegions || !cross else { continue }
                let minutes = data.travelMinutes(fromHospital: h, toHospital: h2)
                guard minutes <= settings.acuteTransferMaxMinutes else { continue }
                var price = 0.0
                if cross {
                    let level = data.hospitals[h2].level
                    guard let p = data.prices.acuteBedDayPrice(specialty: s, level: level) else {
                        // A transfer only the draws' envelope asks for (E or F is 0 in this data)
                        // is left out without its price; one this data needs is an error.
                        guard layout.balances[ward]!.acuteExcess > 0 && layout.balances[receiver]!.freeBeds > 0 else { continue }
                        missingLocated.insert("\(pricelist): no `acute_bed_day` price for (\(data.specialties[s].id), \(level.rawValue)), needed to settle acute transfers to \(data.hospitals[h2].id) from another region; add the price or set `acute_transfers: false`")
                        continue
                    }
                    price = 7 * p
                }
                let cost = settings.acuteTransferCostSEKPerBedWeek + settings.acuteTransferCostSEKPerBedWeekMinute * minutes
                let v = model.addVariable(lower: 0, upper: .infinity, objective: cost,
                                          name: label(["v", data.hospitals[h].id, data.hospitals[h2].id, data.specialties[s].id, "\(w)"]))
                layout.transfers.append(TransferKey(from: h, to: h2, specialty: s, week: w), v)
                layout.transferTerms.append(TransferTerms(cost: cost, pricePerBedWeek: price, crossRegion: cross))
                model.addCoefficient(row: excessRow, column: v, value: 1)
                model.addCoefficient(row: inRow, column: v, value: 1)
            }
        }
    }
}
