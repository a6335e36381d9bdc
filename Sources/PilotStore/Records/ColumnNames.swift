import Foundation
import GRDB

/// snake_case columns to Swift property names, where `_id` becomes `ID` (`pilot_id` -> `pilotID`),
/// and back. GRDB converts every column of every row it reads or writes; the names are few, so
/// each conversion is done once and remembered.
enum ColumnNames {
    static let decoding = DatabaseColumnDecodingStrategy.custom { column in
        ColumnKey(stringValue: properties.value(for: column, propertyName))
    }

    static let encoding = DatabaseColumnEncodingStrategy.custom { key in columns.value(for: key.stringValue, columnName) }

    private static let properties = Memo()
    private static let columns = Memo()

    static func propertyName(_ column: String) -> String {
        column.split(separator: "_").enumerated().map { index, part in
            if index == 0 { return String(part) }
            return part == "id" ? "ID" : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }

    /// The inverse of `propertyName`, as GRDB's `.convertToSnakeCase` spells our properties: a
    /// word starts at a capital after a lowercase letter or digit (`baaSigned`, `pilotID`).
    static func columnName(_ property: String) -> String {
        var column = ""
        var previous: Character?
        for character in property {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { column.append("_") }
            column += character.lowercased()
            previous = character
        }
        return column
    }

    struct ColumnKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// A conversion's results by input, shared by every connection's thread.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [String: String] = [:]

        func value(for input: String, _ convert: (String) -> String) -> String {
            if let known = lock.withLock({ results[input] }) { return known }
            let result = convert(input)
            lock.withLock { results[input] = result }
            return result
        }
    }
}
