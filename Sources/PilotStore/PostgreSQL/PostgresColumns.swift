import CLibPQ
import Foundation
import GRDB

/// The rows of one result as libpq holds them, read in place: `audit verify` reads millions, and
/// a `String` and a `Row` per value cost more than the hashing. Freed with the last reference.
final class PostgresRawRows {
    let result: OpaquePointer
    let count: Int32
    let width: Int32
    let names: [String]
    let types: [UInt32]

    init(_ result: OpaquePointer) {
        self.result = result
        count = PQntuples(result)
        width = PQnfields(result)
        names = (0..<width).map { String(cString: PQfname(result, $0)) }
        types = (0..<width).map { PQftype(result, $0) }
    }

    deinit { PQclear(result) }

    /// Each column by the property it fills (`ColumnNames.propertyName`), for
    /// `PostgresRecordDecoder`: worked out once for all the rows.
    private(set) lazy var propertyColumns: [String: Int32] = Dictionary(
        names.enumerated().map { (ColumnNames.propertyName($1), Int32($0)) }, uniquingKeysWith: { first, _ in first })

    func columns(_ row: Int32) -> PostgresColumns { PostgresColumns(rows: self, row: row) }
}

/// One row of `PostgresRawRows` as `ColumnReader` reads SQLite's: every value arrives as text,
/// so numbers are parsed from it and texts are its bytes. Valid while its rows are.
struct PostgresColumns: ColumnReader {
    let rows: PostgresRawRows
    let row: Int32

    private func bytes(_ column: Int32) -> UnsafePointer<CChar>? {
        PQgetisnull(rows.result, row, column) == 1 ? nil : PQgetvalue(rows.result, row, column).map { UnsafePointer($0) }
    }

    func int64(_ column: Int32) -> Int64? {
        guard let text = bytes(column) else { return nil }
        var end: UnsafeMutablePointer<CChar>?
        errno = 0
        let value = strtoll(text, &end, 10)
        return end?.pointee == 0 && errno == 0 && end != UnsafeMutablePointer(mutating: text) ? value : nil
    }

    func double(_ column: Int32) -> Double? {
        guard let text = bytes(column) else { return nil }
        var end: UnsafeMutablePointer<CChar>?
        let value = strtod(text, &end)
        return end?.pointee == 0 && end != UnsafeMutablePointer(mutating: text) ? value : nil
    }

    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = bytes(column) else { return nil }
        return StoredText.ascii(UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self))
    }

    func textValue(_ column: Int32) -> UnsafeBufferPointer<UInt8>? { text(column) }

    func isNull(_ column: Int32) -> Bool { PQgetisnull(rows.result, row, column) == 1 }

    /// The value as SQLite would hold it, typed by its column (`PostgresSession.value`).
    func value(_ column: Int32) -> DatabaseValue {
        PostgresSession.value(bytes(column).map { String(cString: $0) }, type: rows.types[Int(column)])
    }

    /// The row as GRDB decodes it, keyed by column name, for what the readings above cannot take.
    func decodable() -> Row {
        var values: [String: DatabaseValue] = [:]
        for column in 0..<rows.width { values[rows.names[Int(column)]] = value(column) }
        return Row(values)
    }
}
