import Foundation

/// One line of the perf table: what was measured, what it is compared to in the same run, the
/// target and whether it is met (nil when the figure has no target of its own).
struct Figure {
    var name: String
    var value: String
    var comparison: String
    var target: String
    var passes: Bool?

    static func printTable(_ figures: [Figure]) {
        let header = Figure(name: "figure", value: "measured", comparison: "compared with (same run)", target: "target", passes: nil)
        let rows = [header] + figures
        let widths = [\Figure.name, \.value, \.comparison, \.target].map { path in rows.map { $0[keyPath: path].count }.max() ?? 0 }
        for (index, row) in rows.enumerated() {
            let result = index == 0 ? "result" : row.passes.map { $0 ? "pass" : "MISS" } ?? "-"
            let cells = [row.name, row.value, row.comparison, row.target]
            print(zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + result)
        }
    }
}
