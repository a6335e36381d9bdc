/// One measurement as the statistics read it: its value over `n` samples and, for a mean, the
/// standard deviation of those samples.
public struct Observation: Equatable, Sendable {
    public var value: Double
    public var n: Int
    public var sd: Double?

    public init(value: Double, n: Int, sd: Double? = nil) {
        self.value = value
        self.n = n
        self.sd = sd
    }
}
