import SamplanSupport

/// The property-based tests' generator: SplitMix64, the one implementation in SamplanSupport, so
/// that tests draw the same cases on every run and a failure names a seed that reproduces it.
public typealias SeededGenerator = SamplanSupport.SeededGenerator
