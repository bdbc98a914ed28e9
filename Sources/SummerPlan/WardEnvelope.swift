import PlanningData
import Uncertainty

/// The wards that get their value-dependent part of the summer model whatever this data's
/// values are: the union over every draw the `uncertainty` ranges allow (docs/uncertainty.md
/// "Warm starts").
///
/// The summer model has an acute-excess row and an overload column o only where E(h, s, w) > 0,
/// and transfer columns v only into wards with F(h, s, w) > 0 (docs/SPEC.md §3.2). A draw that
/// moves one ward's acute load across θ · beds therefore changes the rows and columns, and the
/// base plan's basis no longer fits it. Built with an envelope, every draw's model has the same
/// rows, columns and matrix: a ward in `mayExceed` keeps its acute-excess row with right-hand side
/// E (possibly 0, which forces its o and v to 0), a ward in `mayReceive` keeps its inbound
/// transfer columns (bounded by F, possibly 0). The optimum is the same as without the envelope:
/// the extra rows and columns can only be 0.
public struct WardEnvelope: Sendable, Hashable {
    /// Wards (hospital, specialty, week) whose acute excess E can be positive in some draw.
    public var mayExceed: Set<WardWeek>
    /// Wards whose free beds F can be positive in some draw.
    public var mayReceive: Set<WardWeek>

    public init(mayExceed: Set<WardWeek> = [], mayReceive: Set<WardWeek> = []) {
        self.mayExceed = mayExceed
        self.mayReceive = mayReceive
    }
}

extension SummerInputs {
    /// The envelope of the draws of `factors` over the scenario's weeks: E = max(0, A − θ · beds)
    /// grows with the acute factor and shrinks with the capacity factor, F = max(0, θ · beds − A)
    /// the other way round, so E is largest with every acute factor at its range's `high` and
    /// every capacity factor at its `low`, and F in the opposite corner. Both corners are made
    /// with ``drawn(_:draw:)``, the code every draw goes through, and floating-point products
    /// and sums are monotone in their factors, so a draw's E > 0 (F > 0) implies the corner's.
    /// A ward the corners miss all the same (it cannot happen with factors > 0) only costs its
    /// draw a cold solve: ``SummerPlanner/sameStructure(_:_:)`` is still checked.
    public func wardEnvelope(of factors: DrawFactorPlan) -> WardEnvelope {
        // Demand moves neither E nor F: it stays at 1.
        func corner(acute: KeyPath<Triangular, Double>, capacity: KeyPath<Triangular, Double>) -> DataSet {
            let plan = factors.fixed { line, range in
                switch line {
                case .acute: range[keyPath: acute]
                case .capacity: range[keyPath: capacity]
                case .demand: 1
                }
            }
            return drawn(plan, draw: 1).data
        }
        let most = corner(acute: \.high, capacity: \.low), least = corner(acute: \.low, capacity: \.high)
        let theta = settings.targetOccupancy
        var envelope = WardEnvelope()
        for h in data.hospitals.indices {
            for s in data.specialties.indices {
                for w in settings.weeks {
                    let ward = WardWeek(hospital: h, specialty: s, week: w)
                    if most.bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta).acuteExcess > 0 {
                        envelope.mayExceed.insert(ward)
                    }
                    if least.bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta).freeBeds > 0 {
                        envelope.mayReceive.insert(ward)
                    }
                }
            }
        }
        return envelope
    }
}
