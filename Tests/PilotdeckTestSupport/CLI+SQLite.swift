import Foundation

extension CLI {
    /// What the `sqlite3` shell prints running `sql` on `db` as its script; throws at the first error.
    @discardableResult
    public func sqlite(_ db: String, _ sql: String) throws -> String {
        let result = try Running(URL(fileURLWithPath: "/usr/bin/sqlite3"), ["-bail", db], stdin: Data(sql.utf8)).wait()
        guard result.succeeded else { throw Failure("sqlite3 \(sql): \(result.stderr)") }
        return result.stdout
    }

    /// The one value `sql` selects on `db`, without the shell's line end.
    public func sqliteValue(_ db: String, _ sql: String) throws -> String {
        try sqlite(db, sql).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The rows of `table` in `db`.
    public func count(_ db: String, _ table: String) throws -> Int { Int(try sqliteValue(db, "SELECT COUNT(*) FROM \(table)")) ?? -1 }
}
