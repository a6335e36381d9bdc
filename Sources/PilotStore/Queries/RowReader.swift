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
            return .failure(problem(error, key: keyColumns.map { row[$0] }))
        }
    }

    /// A row libpq holds as `R`, or the problem naming it.
    func decode(_ columns: PostgresColumns) -> Result<R, AuditReport.RowProblem> {
        do {
            return .success(try PostgresSession.record(R.self, columns))
        } catch {
            let key = keyColumns.map { name in columns.rows.names.firstIndex(of: name).map { columns.value(Int32($0)) } ?? .null }
            return .failure(problem(error, key: key))
        }
    }

    private func problem(_ error: any Error, key: [DatabaseValue]) -> AuditReport.RowProblem {
        let id = key.map(Self.text).joined(separator: "/")
        let column = Self.column(in: error).map { " (column \($0) holds a value Pilotdeck never writes)" } ?? ""
        return .init(entity: R.entity, id: id, problem: "row cannot be read\(column): changed outside Pilotdeck")
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

extension StoreSession {
    /// The records `statement` selects, each row read on its own (`RowReader`), in place on
    /// PostgreSQL; the rows that cannot be read are named instead of failing the read.
    func readable<R: StoredRecord>(_ type: R.Type, _ statement: SQLStatement) throws -> ReadableRows<R> {
        let reader = RowReader<R>()
        let results: [Result<R, AuditReport.RowProblem>]
        if let postgres = self as? PostgresSession {
            let rows = try postgres.rawRows(statement.sql, Self.values(statement.arguments))
            results = (0..<rows.count).map { reader.decode(rows.columns($0)) }
        } else {
            results = try rows(statement).map(reader.decode)
        }
        var read = ReadableRows<R>()
        for result in results {
            switch result {
            case .success(let record): read.records.append(record)
            case .failure(let problem): read.unreadable.append(problem)
            }
        }
        return read
    }
}
