/// The distribution of 1-5 ratings as one stacked bar, each segment as wide as its share, shaded
/// by rating and labelled with the rating, followed by the number of ratings: "[1][ 2 ][   4   ] n=23".
public struct Likert: Widget {
    /// `counts[rating - 1]` for ratings 1...5.
    public var counts: [Int]
    public var showsCount: Bool

    public init(counts: [Int], showsCount: Bool = true) {
        self.counts = counts
        self.showsCount = showsCount
    }

    /// Builds the counts from individual 1...5 ratings (others are ignored).
    public init(ratings: [Int], showsCount: Bool = true) {
        self.init(counts: (1...5).map { rating in ratings.count(where: { $0 == rating }) }, showsCount: showsCount)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let total = counts.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else {
            canvas.write("no ratings", at: area.origin, style: theme.muted, clippedTo: area)
            return
        }
        let suffix = " n=\(total)"
        let barWidth = showsCount && area.width >= suffix.displayWidth + 5 ? area.width - suffix.displayWidth : area.width
        var x = area.minX
        for (index, width) in segmentWidths(total: total, width: barWidth).enumerated() where width > 0 {
            let rating = index + 1
            canvas.write(String(rating).fitted(toWidth: width, alignment: .center), x: x, y: area.minY, style: theme.rating(rating))
            x += width
        }
        if barWidth < area.width {
            canvas.write(suffix, x: area.minX + barWidth, y: area.minY, style: theme.muted)
        }
    }

    /// Largest-remainder split of `width` columns in proportion to the counts.
    private func segmentWidths(total: Int, width: Int) -> [Int] {
        let exact = counts.map { Double(max(0, $0)) * Double(width) / Double(total) }
        var widths = exact.map { Int($0) }
        let order = exact.indices.sorted { exact[$0] - Double(widths[$0]) > exact[$1] - Double(widths[$1]) }
        for index in order.prefix(width - widths.reduce(0, +)) {
            widths[index] += 1
        }
        return widths
    }
}
