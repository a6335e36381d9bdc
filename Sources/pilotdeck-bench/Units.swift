import Foundation

/// Human formatting of durations, rates and sizes for the table.
enum Units {
    static func ms(_ duration: Duration) -> String { String(format: "%.2f ms", seconds(duration) * 1000) }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func rate(_ count: Int, in duration: Duration, _ unit: String) -> String {
        String(format: "%.0f %@/s", Double(count) / seconds(duration), unit)
    }

    static func ratio(_ value: Duration, _ base: Duration) -> Double { seconds(value) / max(seconds(base), 1e-9) }

    static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
}
