/// What pooling needs of a stage's measurements, added up over the rows (`SUM` in SQL): N, Σnv,
/// Σnv², Σ(n−1)sd², how many rows of more than one sample lack an sd, and the event counts
/// Σ round(n·v / scale) and Σ round(v).
public struct MeasurementSums: Equatable, Sendable {
    public var n = 0
    public var weighted = 0.0
    public var weightedSquares = 0.0
    public var within = 0.0
    public var withoutSD = 0
    /// Σ round(nᵢ · valueᵢ / scale): the events of a share.
    public var shareEvents = 0
    /// Σ round(valueᵢ): the events of a count.
    public var countedEvents = 0

    public init(
        n: Int = 0, weighted: Double = 0, weightedSquares: Double = 0, within: Double = 0, withoutSD: Int = 0, shareEvents: Int = 0,
        countedEvents: Int = 0
    ) {
        self.n = n
        self.weighted = weighted
        self.weightedSquares = weightedSquares
        self.within = within
        self.withoutSD = withoutSD
        self.shareEvents = shareEvents
        self.countedEvents = countedEvents
    }
}
