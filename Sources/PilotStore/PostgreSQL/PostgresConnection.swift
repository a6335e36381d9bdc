import CLibPQ
import Foundation

/// One libpq connection, synchronous like the rest of the store. Not `Sendable`: libpq allows a
/// connection one thread at a time, so each thread opens its own. Parameters and results travel
/// as text, which keeps hashed values byte for byte what the server stores; every failure is a
/// one-line `StoreError`.
public final class PostgresConnection {
    public let location: PostgresLocation
    private let connection: OpaquePointer
    /// Where this connection's round trips are counted: its engine's.
    private let roundTrips: RoundTripCounter?
    /// The BEGIN of a read transaction not sent yet: it goes out in one round trip with the
    /// transaction's first statement (libpq's pipeline mode).
    private var deferredBegin: String?
    /// Whether a read transaction's COMMIT (or ROLLBACK) was sent and its answer not yet read:
    /// it is read before the connection's next statement, so ending a read costs no round trip.
    private var endPending = false
    /// A `COPY … FROM STDIN` begun and not yet ended (`beginCopy`), and whether its rows all went.
    private var copyState = CopyState.closed
    private enum CopyState {
        case closed
        case open(sent: Bool)
    }

    /// Connects as libpq would for `psql` with the same URL: it reads `PGPASSWORD`, `~/.pgpass`,
    /// service files, Kerberos tickets and TLS settings itself, and tries each host in turn.
    public init(_ location: PostgresLocation, roundTrips: RoundTripCounter? = nil) throws {
        self.location = location
        self.roundTrips = roundTrips
        let parameters = location.parameters
        let keywords = parameters.map { strdup($0.keyword) } + [nil]
        let values = parameters.map { strdup($0.value) } + [nil]
        defer { (keywords + values).forEach { free($0) } }
        guard let connection = PQconnectdbParams(keywords.map { UnsafePointer($0) }, values.map { UnsafePointer($0) }, 1) else {
            throw StoreError.cannotOpen("cannot connect to PostgreSQL: libpq ran out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let error = PostgresFailure.connecting(
                String(cString: PQerrorMessage(connection)), needsPassword: PQconnectionNeedsPassword(connection) == 1)
            PQfinish(connection)
            throw error
        }
        pdpq_silence_notices(connection)
        self.connection = connection
    }

    deinit { PQfinish(connection) }

    private func countRoundTrip() { roundTrips?.add() }

    /// The server process serving this connection, which `pg_terminate_backend` and
    /// `pg_locks` name.
    public var serverProcessID: Int32 { PQbackendPID(connection) }

    /// Whether the connection is up and idle (or only ending a read), so another transaction may use it.
    var isReusable: Bool { isUp && (endPending || !isInTransaction) }

    /// Whether the connection to the server is still up.
    var isUp: Bool { PQstatus(connection) == CONNECTION_OK }

    /// Whether a transaction can begin here: the answer to the last read's end read, the
    /// connection up and idle. A pooled connection that the server or the network closed while
    /// it sat idle finds out here, before anything of the next transaction is sent.
    func isReadyForTransaction() -> Bool {
        settle()
        // Reads whatever arrived meanwhile without waiting: a server that ended the session
        // said so (and closed it), which leaves the connection bad.
        if isUp { _ = PQconsumeInput(connection) }
        return isUp && !isInTransaction
    }

    /// Whether a transaction is open, which a lock taken to last until COMMIT needs.
    var isInTransaction: Bool { PQtransactionStatus(connection) != PQTRANS_IDLE }

    /// Runs one statement with text parameters (`$1`, `$2`, …; nil is NULL) and returns its rows,
    /// each a value per column as the server spells it (nil for NULL).
    @discardableResult
    public func execute(_ sql: String, parameters: [String?] = []) throws -> [[String?]] {
        let result = try send(sql, parameters: parameters)
        defer { PQclear(result) }
        return Self.cells(of: result)
    }

    /// Sends one statement (with a read's deferred BEGIN before it) and returns its result, which
    /// the caller frees; a failure is thrown as a `StoreError`.
    private func send(_ sql: String, parameters: [String?]) throws -> OpaquePointer {
        try sendTogether([(sql, parameters)])[0]
    }

    /// Each statement's rows, all sent in one round trip (with a read's deferred BEGIN first).
    func rawRowsTogether(_ statements: [(sql: String, parameters: [String?])]) throws -> [PostgresRawRows] {
        let results = try sendTogether(statements)
        guard results.allSatisfy({ PQresultStatus($0) == PGRES_TUPLES_OK }) else {
            results.forEach { PQclear($0) }
            throw StoreError.cannotOpen("PostgreSQL answered a read without rows")
        }
        return results.map(PostgresRawRows.init)
    }

    /// Sends `statements` and a read's deferred BEGIN in one round trip (libpq's pipeline mode)
    /// and returns each statement's result, which the caller frees; the first failure is thrown
    /// as a `StoreError`, with every result freed.
    private func sendTogether(_ statements: [(sql: String, parameters: [String?])]) throws -> [OpaquePointer] {
        for (_, parameters) in statements {
            if let index = parameters.firstIndex(where: { $0?.utf8.contains(0) == true }) {
                throw StoreError.refused("value $\(index + 1) holds a NUL character, which PostgreSQL text cannot store; remove it")
            }
        }
        settle()
        countRoundTrip()
        var all = statements
        if let begin = deferredBegin {
            deferredBegin = nil
            all.insert((begin, []), at: 0)
        }
        guard all.count > 1, PQenterPipelineMode(connection) == 1 else {
            var results: [OpaquePointer] = []
            do {
                for (sql, parameters) in all { results.append(try checked(Self.withCStrings(parameters) { execute(sql, $0) }, committing: false)) }
            } catch {
                results.forEach { PQclear($0) }
                throw error
            }
            return Array(results.suffix(statements.count))
        }
        defer { _ = PQexitPipelineMode(connection) }
        for (sql, parameters) in all {
            guard Self.withCStrings(parameters, { queue(sql, $0) }) == 1 else { throw lost() }
        }
        guard PQpipelineSync(connection) == 1 else { throw lost() }
        // Each statement's results end with a NULL; the sync point ends the pipeline.
        var results: [OpaquePointer] = []
        var separators = 0
        while true {
            guard let result = PQgetResult(connection) else {
                separators += 1
                if PQstatus(connection) != CONNECTION_OK || separators > all.count + 1 { break }
                continue
            }
            if PQresultStatus(result) == PGRES_PIPELINE_SYNC {
                PQclear(result)
                break
            }
            results.append(result)
        }
        guard results.count == all.count else {
            results.forEach { PQclear($0) }
            throw lost()
        }
        for (index, result) in results.enumerated() where ![PGRES_COMMAND_OK, PGRES_TUPLES_OK].contains(PQresultStatus(result)) {
            results.enumerated().filter { $0.offset != index }.forEach { PQclear($0.element) }
            _ = try checked(result, committing: false)
        }
        let begun = results.count - statements.count
        results.prefix(begun).forEach { PQclear($0) }
        return Array(results.suffix(statements.count))
    }

    private func execute(_ sql: String, _ values: [UnsafePointer<CChar>?]) -> OpaquePointer? {
        PQexecParams(connection, sql, Int32(values.count), nil, values, nil, nil, 0)
    }

    private func queue(_ sql: String, _ values: [UnsafePointer<CChar>?]) -> Int32 {
        PQsendQueryParams(connection, sql, Int32(values.count), nil, values, nil, nil, 0)
    }

    private func lost() -> StoreError {
        PostgresFailure.lostConnection(String(cString: PQerrorMessage(connection)), location: location, committing: false)
    }

    /// `parameters` as C strings for the length of `body`.
    private static func withCStrings<T>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let values = parameters.map { $0.flatMap { strdup($0) } }
        defer { values.forEach { free($0) } }
        return body(values.map { UnsafePointer($0) })
    }

    /// How many notifications arrived since the last call, read without waiting; nil when the
    /// connection is broken.
    func notifications() -> Int? {
        guard PQconsumeInput(connection) == 1, PQstatus(connection) == CONNECTION_OK else { return nil }
        var count = 0
        while let notification = PQnotifies(connection) {
            PQfreemem(notification)
            count += 1
        }
        return count
    }

    /// The rows of `sql` as libpq holds them, for reading in place.
    func rawRows(_ sql: String, parameters: [String?] = []) throws -> PostgresRawRows {
        let result = try send(sql, parameters: parameters)
        if PQresultStatus(result) == PGRES_TUPLES_OK { return PostgresRawRows(result) }
        PQclear(result)
        throw StoreError.cannotOpen("PostgreSQL answered \(sql.prefix(40)) without rows")
    }

    /// Reads the answer to a read's COMMIT or ROLLBACK sent earlier; any failure of it will
    /// show again on the statement that follows.
    private func settle() {
        guard endPending else { return }
        endPending = false
        while let result = PQgetResult(connection) { PQclear(result) }
    }

    /// Runs statements without parameters in one round trip (a migration's DDL), through the
    /// simple-query protocol, which `execute`'s extended protocol would refuse.
    public func executeScript(_ sql: String) throws {
        settle()
        countRoundTrip()
        try rows(of: PQexec(connection, sql), committing: false)
    }

    /// Sends rows in COPY's text format (`PostgresCopyRows`) to `COPY table (columns) FROM
    /// STDIN`: one round trip for any number of rows, where an INSERT costs one each.
    func copy(into table: String, columns: [String], rows: [UInt8]) throws {
        try beginCopy(into: table, columns: columns)
        sendCopy(rows)
        try endCopy()
    }

    /// Opens `COPY table (columns) FROM STDIN`, whose rows `sendCopy` sends as they come and the
    /// server inserts as they arrive; nothing else runs on the connection until `endCopy`.
    func beginCopy(into table: String, columns: [String]) throws {
        settle()
        countRoundTrip()
        let start = PQexec(connection, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN")
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            try self.rows(of: start, committing: false)
            return
        }
        PQclear(start)
        copyState = .open(sent: true)
    }

    /// Sends rows of the open COPY, a megabyte a call; a failure to send shows at `endCopy`.
    func sendCopy(_ rows: [UInt8]) {
        guard case .open(var sent) = copyState else { return }
        rows.withUnsafeBufferPointer { bytes in
            var offset = 0
            while sent, offset < bytes.count {
                let chunk = min(1 << 20, bytes.count - offset)
                sent = bytes.baseAddress!.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: chunk) {
                    PQputCopyData(connection, $0, Int32(chunk)) == 1
                }
                offset += chunk
            }
        }
        copyState = .open(sent: sent)
    }

    /// Ends the open COPY and reads its answer: the server's refusal of any row it was sent.
    func endCopy() throws {
        guard case .open(let sent) = copyState else { return }
        copyState = .closed
        countRoundTrip()
        let ended = PQputCopyEnd(connection, sent ? nil : "the rows could not be sent") == 1
        // The COPY's own result, then the end of results.
        let result = PQgetResult(connection)
        while let extra = PQgetResult(connection) { PQclear(extra) }
        if !ended {
            PQclear(result)
            throw PostgresFailure.lostConnection(String(cString: PQerrorMessage(connection)), location: location, committing: false)
        }
        try self.rows(of: result, committing: false)
    }

    /// Ends an open COPY as failed, so that the transaction can roll back; its rows are dropped.
    private func abandonCopy() {
        guard case .open = copyState else { return }
        copyState = .closed
        _ = PQputCopyEnd(connection, "the transaction failed")
        while let result = PQgetResult(connection) { PQclear(result) }
    }

    /// Runs `body` in one write transaction under READ COMMITTED, whatever the server's default:
    /// each statement then sees what committed before it, so a writer that waited for the audit
    /// chain's lock reads the newest head. A lock not granted within `lockTimeout` is the busy
    /// error SQLite users know; anything thrown rolls everything back.
    ///
    /// A COMMIT whose answer is lost with the connection may or may not have been applied:
    /// `landed`, when given, finds out on a new connection. The transaction then ends as it did
    /// on the server: its value when it landed, a plain "not saved" when it did not, and the
    /// may-or-may-not failure only when even that cannot be told (`landed` answers nil or fails).
    public func writeTransaction<T>(
        lockTimeout: TimeInterval = PilotDatabase.defaultBusyTimeout, landed: (() throws -> Bool?)? = nil, _ body: () throws -> T
    ) throws -> T {
        let milliseconds = max(1, Int((lockTimeout * 1000).rounded()))
        return try transaction("BEGIN ISOLATION LEVEL READ COMMITTED", landed: landed) {
            try execute("SET LOCAL lock_timeout = \(milliseconds)")
            return try body()
        }
    }

    /// Runs `body` on one read-only snapshot: every statement sees the same committed state.
    /// The BEGIN travels with the first statement and the COMMIT is not waited for, so a read of
    /// one statement costs one round trip, as it would outside a transaction.
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        settle()
        try checkUp()
        precondition(!isInTransaction && deferredBegin == nil, "a transaction is already open on this connection")
        deferredBegin = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        let value: T
        do {
            value = try body()
        } catch {
            end("ROLLBACK")
            throw error
        }
        end("COMMIT")
        return value
    }

    /// A connection lost since its last statement is a one-line failure, not a transaction
    /// begun on a dead socket.
    private func checkUp() throws {
        guard isUp else {
            throw PostgresFailure.lostConnection(String(cString: PQerrorMessage(connection)), location: location, committing: false)
        }
    }

    /// Sends the end of a read transaction, if it began, without waiting for its answer.
    private func end(_ statement: String) {
        if deferredBegin != nil {
            deferredBegin = nil
            return
        }
        guard PQstatus(connection) == CONNECTION_OK, PQtransactionStatus(connection) != PQTRANS_IDLE else { return }
        if PQsendQuery(connection, statement) == 1 { endPending = true }
    }

    private func transaction<T>(_ begin: String, landed: (() throws -> Bool?)? = nil, _ body: () throws -> T) throws -> T {
        settle()
        try checkUp()
        precondition(!isInTransaction, "a transaction is already open on this connection")
        try execute(begin)
        let value: T
        do {
            value = try body()
        } catch {
            abandonCopy()
            if PQstatus(connection) == CONNECTION_OK { _ = try? execute("ROLLBACK") }
            throw error
        }
        if PQtransactionStatus(connection) == PQTRANS_INERROR {
            // COMMIT would answer "ROLLBACK" without an error: say so instead of reporting success.
            _ = try? execute("ROLLBACK")
            throw StoreError.cannotOpen("a statement of the transaction failed, so PostgreSQL rolled it back; nothing was written")
        }
        countRoundTrip()
        do {
            try rows(of: PQexec(connection, "COMMIT"), committing: true)
        } catch let failure as StoreError where PQstatus(connection) != CONNECTION_OK {
            guard let landed, let applied = try? landed() else { throw failure }
            if !applied {
                throw StoreError.unreachable(
                    "lost the connection to \(location) while saving; the audit log, read again on a new connection, does not have it: nothing was saved, try again")
            }
        }
        return value
    }

    /// The rows of `result`, which it frees, or its failure as a `StoreError`.
    @discardableResult
    private func rows(of result: OpaquePointer?, committing: Bool) throws -> [[String?]] {
        let result = try checked(result, committing: committing)
        defer { PQclear(result) }
        return Self.cells(of: result)
    }

    /// `result` when the statement succeeded; otherwise it is freed and its failure thrown.
    private func checked(_ result: OpaquePointer?, committing: Bool) throws -> OpaquePointer {
        guard let result, [PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY].contains(PQresultStatus(result)) else {
            defer { PQclear(result) }
            if PQstatus(connection) != CONNECTION_OK {
                throw PostgresFailure.lostConnection(
                    String(cString: PQerrorMessage(connection)), location: location, committing: committing)
            }
            guard let result else {
                throw PostgresFailure.statement(sqlState: nil, message: String(cString: PQerrorMessage(connection)))
            }
            throw PostgresFailure.statement(
                sqlState: pdpq_result_sqlstate(result).map { String(cString: $0) },
                message: pdpq_result_message(result).map { String(cString: $0) } ?? String(cString: PQresultErrorMessage(result)))
        }
        return result
    }

    /// Each row of `result`, a value per column as the server spells it (nil for NULL).
    private static func cells(of result: OpaquePointer) -> [[String?]] {
        let columns = PQnfields(result)
        return (0..<PQntuples(result)).map { row in
            (0..<columns).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }
}
