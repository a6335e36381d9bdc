/// A pilot's risk tier, which sets how often it is reviewed in general use: its highest open
/// risk's score (likelihood × impact on the 5×5 grid), 15 and over high, 8 and over medium, else
/// low (the bands the risk register colours by). No open risk is low.
public enum RiskTier: String, Labeled {
    case low, medium, high

    public init(openRisks: [Risk]) {
        let top = openRisks.filter { $0.status == .open }.map(\.score).max() ?? 0
        self = top >= 15 ? .high : top >= 8 ? .medium : .low
    }
}
