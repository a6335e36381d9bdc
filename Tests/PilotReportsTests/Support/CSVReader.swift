import Foundation

/// A strict RFC 4180 reader for checking output: CRLF records, quotes only around whole fields,
/// doubled quotes inside them; anything else is an error rather than a guess.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        func take() -> Unicode.Scalar? { scalars.popFirst() }
        guard text.hasSuffix("\r\n") else { throw Malformed(description: "the last record does not end with CRLF") }
        while !scalars.isEmpty {
            if scalars.first == "\"" {
                _ = take()
                while true {
                    guard let scalar = take() else { throw Malformed(description: "a quoted field is never closed") }
                    if scalar == "\"" {
                        if scalars.first == "\"" {
                            _ = take()
                            field.unicodeScalars.append("\"")
                        } else {
                            break
                        }
                    } else {
                        field.unicodeScalars.append(scalar)
                    }
                }
            } else {
                while let scalar = scalars.first, scalar != ",", scalar != "\r", scalar != "\n" {
                    if scalar == "\"" { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                    field.unicodeScalars.append(take()!)
                }
            }
            switch take() {
            case ",":
                record.append(field)
                field = ""
            case "\r":
                guard take() == "\n" else { throw Malformed(description: "CR without LF after \(field)") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            case let other:
                throw Malformed(description: "unexpected \(other.map { String($0) } ?? "end") after field \(field)")
            }
        }
        return records
    }

    /// The tables of a file that holds several, each ended by an empty line but the last.
    static func tables(_ text: String) throws -> [[[String]]] {
        try parse(text).split(separator: [""], omittingEmptySubsequences: false).map(Array.init)
    }
}
