import GRDB

/// Rows of one table decoded one at a time, where a row changed outside Pilotdeck into something
/// its type cannot hold (`status = 'bogus'`) becomes a problem naming the row rather than an
/// error failing the whole read: `audit verify` reports it as tampered, and lists show the rest.
struct RowReader<R: StoredRecord> {
    /// The primary key's columns, which name a row as its `auditID` does (joined by '/').
    private let keyColumns: [String]

    init() {
        keyColumns = R.primaryKey
    }

    /// `row` as `R`, or the problem naming it.
    func decode(_ row: Row) -> Result<R, AuditReport.RowProblem> {
        do {
            return .success(try R(row: row))
        } catch {
            let id = keyColumns.map { Self.text(row[$0] as DatabaseValue) }.joined(separator: "/")
            let column = Self.column(in: error).map { " (column \($0) holds a value Pilotdeck never writes)" } ?? ""
            return .failure(.init(entity: R.entity, id: id, problem: "row cannot be read\(column): changed outside Pilotdeck"))
        }
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .int64(let number): String(number)
        case .string(let text): AuditReport.printable(text)
        default: "?"
        }
    }

    /// The column GRDB's decoding error names (`… - column: "status", …`); never the value,
    /// which may be anything.
    private static func column(in error: any Error) -> String? {
        let description = String(describing: error)
        guard let start = description.range(of: " - column: \"")?.upperBound,
            let end = description[start...].firstIndex(of: "\"")
        else { return nil }
        let name = description[start..<end]
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } ? String(name) : nil
    }
}

/// A row that cannot be read is the failure of reading it.
extension AuditReport.RowProblem: Error {}
