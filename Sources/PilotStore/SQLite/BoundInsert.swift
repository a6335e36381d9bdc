import GRDB
import GRDBSQLite

/// An INSERT bound and stepped through SQLite's C API, on a statement GRDB prepared and caches:
/// GRDB's `StatementArguments` boxed, mapped and copied every value (BENCHMARKS.md, "Why the fast
/// paths"). Only for the Ledger's inserts inside its transaction, where no GRDB transaction observer
/// is registered (GRDB's per-statement bookkeeping serves those). Values are bound in placeholder
/// order, as GRDB would bind them, every placeholder on every use; the statement is left reset.
struct BoundInsert {
    private let sql: String
    private let statement: SQLiteStatement
    private var index: Int32 = 0

    init(_ db: Database, sql: String) throws {
        self.sql = sql
        statement = try db.cachedStatement(sql: sql).sqliteStatement
    }

    mutating func bind(_ value: (some DatabaseValueConvertible)?) {
        index += 1
        let code: Int32
        switch value?.databaseValue.storage ?? .null {
        case .null: code = sqlite3_bind_null(statement, index)
        case .int64(let number): code = sqlite3_bind_int64(statement, index, number)
        case .double(let number): code = sqlite3_bind_double(statement, index, number)
        case .string(var text):
            code = text.withUTF8 { utf8 in
                // A nil pointer would bind NULL rather than the empty string.
                let bytes = utf8.baseAddress.map(UnsafeRawPointer.init) ?? Self.empty
                return sqlite3_bind_text(statement, index, bytes, Int32(utf8.count), Self.transient)
            }
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(statement, index, bytes.baseAddress ?? Self.empty, Int32(bytes.count), Self.transient)
            }
        }
        precondition(code == SQLITE_OK, "binding value \(index) of \(sql) failed with code \(code)")
    }

    /// Runs the statement and returns the row id it inserted; SQLite's refusal is thrown as GRDB
    /// would throw it. The next use binds from the first placeholder again.
    @discardableResult
    mutating func execute() throws -> Int64 {
        let code = sqlite3_step(statement)
        defer {
            sqlite3_reset(statement)
            index = 0
        }
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(statement)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
        return sqlite3_last_insert_rowid(sqlite3_db_handle(statement))
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }
}
