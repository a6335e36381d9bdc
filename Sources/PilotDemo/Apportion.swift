/// Splits whole numbers in proportion, so a scale's exact totals (a million measurements) land
/// exactly, however they are spread over pilots and weeks.
enum Apportion {
    /// `total` split over `weights` by largest remainder; the parts sum to `total` (all zero when
    /// every weight is zero). Ties go to the earlier weight, so the split is deterministic.
    static func split(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { total * $0 / sum }
        let remainders = weights.map { total * $0 % sum }
        let leftover = total - parts.reduce(0, +)
        let order = weights.indices.sorted { (remainders[$0], $1) > (remainders[$1], $0) }
        for index in order.prefix(leftover) { parts[index] += 1 }
        return parts
    }

    /// `total` split as evenly as possible into `count` parts.
    static func evenly(_ total: Int, into count: Int) -> [Int] {
        split(total, by: Array(repeating: 1, count: count))
    }
}
