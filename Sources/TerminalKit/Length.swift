/// How long one segment of a split (or one table column) should be.
public enum Length: Hashable, Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// This percentage of the space left after spacing, rounded down.
    case percent(Int)
    /// A share of whatever is left, in proportion to the weight.
    case fill(Int = 1)
    /// At least this many cells, then a weight-1 share of whatever is left.
    case min(Int)

    /// Resolves segment lengths for `total` cells with `spacing` between segments.
    ///
    /// Fixed, percent and min lengths are granted first; what remains is shared among `fill` and
    /// `min` segments by weight (left-over cells go to the earliest). When the requests exceed the
    /// space, segments are cut from the end so the leading ones keep their size.
    public static func resolve(_ lengths: [Length], in total: Int, spacing: Int = 0) -> [Int] {
        let available = Swift.max(0, total - spacing * Swift.max(0, lengths.count - 1))
        var sizes = lengths.map { $0.base(of: available) }
        var excess = sizes.reduce(0, +) - available
        if excess > 0 {
            for index in sizes.indices.reversed() where excess > 0 {
                let cut = Swift.min(sizes[index], excess)
                sizes[index] -= cut
                excess -= cut
            }
            return sizes
        }
        let weights = lengths.map(\.weight)
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        let remaining = -excess
        var leftOver = remaining
        for index in sizes.indices {
            let share = remaining * weights[index] / totalWeight
            sizes[index] += share
            leftOver -= share
        }
        for index in sizes.indices where leftOver > 0 && weights[index] > 0 {
            sizes[index] += 1
            leftOver -= 1
        }
        return sizes
    }

    private func base(of available: Int) -> Int {
        switch self {
        case .fixed(let cells): Swift.max(0, cells)
        case .percent(let percent): available * Swift.max(0, percent) / 100
        case .fill: 0
        case .min(let cells): Swift.max(0, cells)
        }
    }

    private var weight: Int {
        switch self {
        case .fixed, .percent: 0
        case .fill(let weight): Swift.max(0, weight)
        case .min: 1
        }
    }
}
