import Foundation

/// Charts drawn with characters, for formats without pictures.
enum TextChart {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block character per value, scaled between the lowest and highest.
    static func sparkline(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        return String(values.map { value in
            high > low ? levels[Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())] : levels[levels.count / 2]
        })
    }

    /// A bar of full blocks, `width` long for the largest count.
    static func bar(_ count: Int, of largest: Int, width: Int = 20) -> String {
        guard largest > 0 else { return "" }
        return String(repeating: "█", count: Int((Double(count) / Double(largest) * Double(width)).rounded()))
    }
}
