import Foundation

/// Reports as JSON following the shipped schemas (`Schema/*.schema.json`): sorted keys and
/// two-space indentation so equal reports are equal bytes, dates in ISO 8601 UTC, optional
/// values left out when absent.
enum JSONRenderer {
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Display.isoTimestamp(date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // Cannot fail: every key is a string, every float is finite or spelled out, and no report
        // type has a throwing encoder of its own.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
