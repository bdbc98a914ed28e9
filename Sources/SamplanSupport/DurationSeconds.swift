extension Duration {
    /// The duration in seconds (whole seconds plus attoseconds, 1 as = 10⁻¹⁸ s), as a Double: the
    /// one conversion every wall-time figure of run.json, batch.csv and the terminal goes through.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }

    /// The duration in milliseconds, summed in that unit (not `seconds × 1000`, which may round
    /// differently in the last bit): GLPK's `tm_lim` takes milliseconds.
    public var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) * 1e-15 }
}
