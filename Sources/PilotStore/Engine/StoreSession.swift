import GRDB

/// One connection inside one read snapshot or one write transaction, on either engine. The
/// Ledger, the queries and `audit verify` speak to it once, in SQL both engines accept with `?`
/// placeholders (`?1` for a value used twice). Rows come back as GRDB `Row`s on both engines:
/// GRDB's record decoding is the one mapping of columns to Swift values, whichever server held
/// them. A row read from PostgreSQL is looked up by column name (its order is not kept), so a
/// query that reads several columns names each one once.
protocol StoreSession: AnyObject {
    var dialect: SQLDialect { get }
    /// Every row of one statement.
    func fetchRows(_ sql: String, values: [DatabaseValue]) throws -> [Row]
    /// Every row of one statement as a record.
    func fetchRecords<R: FetchableRecord>(_ type: R.Type, _ sql: String, values: [DatabaseValue]) throws -> [R]
    /// Each row in turn, without holding them all: `audit verify` reads millions. The row is
    /// valid only during `body`; `copy()` it to keep it.
    func forEachRow(_ sql: String, values: [DatabaseValue], _ body: (Row) throws -> Void) throws
    /// The first column of every row, each as its engine's value.
    func fetchColumn(_ sql: String, values: [DatabaseValue]) throws -> [DatabaseValue]
    func execute(_ sql: String, values: [DatabaseValue]) throws
    /// An INSERT into `columns` of `table`, prepared once for many rows; with `returningID` it
    /// answers the id the engine assigned.
    func prepareInsert(into table: String, columns: [String], returningID: Bool) throws -> any PreparedInsert
    /// Inserts a row unless one with its key exists (`ON CONFLICT DO NOTHING`); the engine may
    /// send it with others before its next statement.
    func insertIfAbsent(into table: String, columns: [String], values: [DatabaseValue]) throws
    /// Statements the caller is about to run, sent ahead together where each statement costs a
    /// round trip (PostgreSQL); each answer is kept for the first later call of the same
    /// statement with the same values, until the session writes. Nothing on SQLite, where a
    /// statement costs no more alone.
    func prefetch(_ statements: [SQLStatement]) throws
    /// Runs `body`, which reads this session only row by row (`forEachRow`, `forEachInPlace`,
    /// `audit verify`'s cursors): on PostgreSQL each cursor's next batch is fetched on another
    /// thread while `body` reads the current one; on SQLite, which reads in process, just `body`.
    func readingAhead<T>(_ body: () throws -> T) throws -> T
}

/// A statement and its arguments, built once so that the same text can be sent ahead
/// (`StoreSession.prefetch`) and then asked for.
struct SQLStatement {
    let sql: String
    let arguments: SQLArguments

    init(_ sql: String, _ arguments: SQLArguments = []) {
        self.sql = sql
        self.arguments = arguments
    }
}

/// An INSERT bound value by value in column order, then run; the next row binds from the first
/// column again.
protocol PreparedInsert: AnyObject {
    func bind(value: DatabaseValue)
    /// Runs the statement; the id of the inserted row when the insert was prepared returning it.
    @discardableResult
    func execute() throws -> Int64?
}

extension PreparedInsert {
    func bind(_ value: (some DatabaseValueConvertible)?) { bind(value: value?.databaseValue ?? .null) }
}

/// Statement arguments as the queries write them: any value GRDB can store, or nil for NULL.
typealias SQLArguments = [(any DatabaseValueConvertible)?]

extension StoreSession {
    func rows(_ sql: String, _ arguments: SQLArguments = []) throws -> [Row] {
        try fetchRows(sql, values: Self.values(arguments))
    }

    func rows(_ statement: SQLStatement) throws -> [Row] { try rows(statement.sql, statement.arguments) }

    func all<R: FetchableRecord>(_ type: R.Type, _ statement: SQLStatement) throws -> [R] {
        try all(R.self, statement.sql, statement.arguments)
    }

    func count(_ statement: SQLStatement) throws -> Int { try count(statement.sql, statement.arguments) }

    func row(_ sql: String, _ arguments: SQLArguments = []) throws -> Row? { try rows(sql, arguments).first }

    func forEachRow(_ sql: String, _ arguments: SQLArguments = [], _ body: (Row) throws -> Void) throws {
        try forEachRow(sql, values: Self.values(arguments), body)
    }

    func execute(_ sql: String, _ arguments: SQLArguments = []) throws { try execute(sql, values: Self.values(arguments)) }

    /// The records a whole statement selects (`SELECT * FROM table …`).
    func all<R: FetchableRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> [R] {
        try fetchRecords(R.self, sql, values: Self.values(arguments))
    }

    func one<R: FetchableRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> R? {
        try all(R.self, sql, arguments).first
    }

    /// The first column of every row, as `V`.
    func values<V: DatabaseValueConvertible>(_ type: V.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> [V] {
        try fetchColumn(sql, values: Self.values(arguments)).map { try V.decode(fromDatabaseValue: $0) }
    }

    /// The first column of the first row, nil when there is none or it is NULL.
    func value<V: DatabaseValueConvertible>(_ type: V.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> V? {
        guard let value = try fetchColumn(sql, values: Self.values(arguments)).first, !value.isNull else { return nil }
        return try V.decode(fromDatabaseValue: value)
    }

    /// `SELECT COUNT(*) …`'s answer.
    func count(_ sql: String, _ arguments: SQLArguments = []) throws -> Int { try value(Int.self, sql, arguments) ?? 0 }

    static func values(_ arguments: SQLArguments) -> [DatabaseValue] { arguments.map { $0?.databaseValue ?? .null } }
}

extension DatabaseValueConvertible {
    /// The value, or an error naming what the column held instead of a trap.
    static func decode(fromDatabaseValue value: DatabaseValue) throws -> Self {
        guard let decoded = fromDatabaseValue(value) else {
            throw StoreError.cannotOpen("a column holds \(value.isNull ? "NULL" : "a value") Pilotdeck cannot read as \(Self.self): changed outside Pilotdeck")
        }
        return decoded
    }
}
