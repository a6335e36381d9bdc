import Foundation

/// An RFC 4180 CSV file read into named columns, each record with the line it starts on, so
/// imports can refuse a bad row by line and field.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public let line: Int
        let fields: [String]
        let columns: [String: Int]

        /// The value of a column, or a refusal naming line and column.
        public func value(_ column: String) throws -> String {
            guard let index = columns[column], index < fields.count else {
                throw FieldError("line \(line)", "column '\(column)' is missing")
            }
            return fields[index]
        }

        public func optional(_ column: String) -> String? {
            columns[column].flatMap { $0 < fields.count ? fields[$0] : nil }
        }
    }

    public let header: [String]
    public let records: [Record]

    /// Parses CSV bytes, requiring `required` columns in the header; unknown columns are refused
    /// so a typo cannot silently drop data.
    public init(data: Data, required: [String], optional: [String] = []) throws {
        guard let text = String(data: data, encoding: .utf8) else {
            throw FieldError("file", "is not UTF-8 text; save it as UTF-8 CSV")
        }
        let rows = try Self.parse(text)
        guard let first = rows.first else { throw FieldError("file", "is empty; the first line must be the header \(required.joined(separator: ","))") }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        header = names
        if let repeated = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) })?.element {
            throw FieldError("line 1", "column '\(Text.sanitized(repeated))' appears twice in the header; keep one")
        }
        for column in required where !header.contains(column) {
            throw FieldError("line 1", "the header lacks column '\(column)'; expected \(required.joined(separator: ","))")
        }
        for column in header where !required.contains(column) && !optional.contains(column) {
            throw FieldError("line 1", "unknown column '\(Text.sanitized(column))'; allowed: \((required + optional).joined(separator: ", "))")
        }
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() { columns[name] = index }
        var records: [Record] = []
        for row in rows.dropFirst() {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            if row.fields.count != header.count {
                throw FieldError("line \(row.line)", "has \(row.fields.count) fields, the header has \(header.count); quote fields that contain commas")
            }
            records.append(Record(line: row.line, fields: row.fields, columns: columns))
        }
        self.records = records
    }

    /// Splits text into rows of fields per RFC 4180 (quoted fields may hold commas, quotes, newlines).
    static func parse(_ text: String) throws -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowStart = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRow() {
            fields.append(field)
            rows.append((rowStart, fields))
            fields = []
            field = ""
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRow()
                line += 1
                rowStart = line
            case "\n":
                endRow()
                line += 1
                rowStart = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw FieldError("line \(rowStart)", "a quoted field is never closed; close it with \"") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
