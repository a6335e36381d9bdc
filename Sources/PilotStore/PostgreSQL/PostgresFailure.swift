/// What libpq and the server say when something fails, turned into the one-line `StoreError`s
/// SQLite users get: the server's reason, then what to do about it. libpq never puts a password
/// in a message, and the URLs Pilotdeck accepts hold none.
enum PostgresFailure {
    /// SQLSTATE of `SET LOCAL lock_timeout` running out: another writer holds the chain's lock.
    static let lockNotAvailable = "55P03"

    /// Why a connection could not be made, from libpq's message (which names the host or socket
    /// and the server's reason) and whether the server asked for a password none was found for.
    static func connecting(_ message: String, needsPassword: Bool) -> StoreError {
        let reason = oneLine(message)
        let words = unquoted(reason).lowercased()
        let fix: String? =
            if needsPassword {
                "the server asks for a password and none was found: put it in PGPASSWORD or ~/.pgpass"
            } else if words.contains("authentication failed") || words.contains("role \"\" does not exist") {
                "check the user in the URL (user@host or ?user=NAME) and its password in PGPASSWORD or ~/.pgpass"
            } else if words.contains("database \"\" does not exist") {
                "correct the database in the URL, or have the server's administrator create it (createdb NAME)"
            } else if words.contains("ssl") || words.contains("no encryption") || words.contains("certificate") {
                "the server wants TLS or its certificate did not verify: set sslmode in the URL "
                    + "(verify-full needs the server's CA in ~/.postgresql/root.crt or sslrootcert=FILE)"
            } else if words.contains("is the server running") {
                nil
            } else if ["timeout expired", "could not translate host", "unreachable", "no route to host"].contains(where: words.contains) {
                "is the server running, and are the host and port in the URL right?"
            } else {
                nil
            }
        let line = "cannot connect to PostgreSQL: \(reason)" + (fix.map { "; \($0)" } ?? "")
        let unreachable = ["is the server running", "timeout expired", "no route to host", "connection refused", "unreachable"]
        return unreachable.contains(where: words.contains) ? .unreachable(line) : .cannotOpen(line)
    }

    /// A statement the server refused, by its SQLSTATE and primary message.
    static func statement(sqlState: String?, message: String) -> StoreError {
        let message = oneLine(message)
        switch sqlState {
        case lockNotAvailable?: return .busy("the write")
        case "42501"?: return .refused("refused by the database: \(message); this database role lacks the privilege")
        // Class 23 is a constraint (a duplicate key, say); P0001 a trigger's refusal.
        case let state? where state == "P0001" || state.hasPrefix("23"): return .conflict("refused by the database: \(message)")
        case let state?: return .cannotOpen("PostgreSQL error \(state): \(message)")
        case nil: return .cannotOpen("PostgreSQL error: \(message)")
        }
    }

    /// The connection to `location` broke. A COMMIT whose answer was lost may have been applied:
    /// the person is told to look before writing it again, never to just retry.
    static func lostConnection(_ message: String, location: PostgresLocation, committing: Bool) -> StoreError {
        let consequence =
            committing
            ? "the write may or may not have been saved: look at the audit log (pilotdeck audit log) before repeating it"
            : "nothing was written; try again"
        return .unreachable("lost the connection to \(location) (\(oneLine(message))); \(consequence)")
    }

    /// libpq's multi-line text (severity prefixes padded, hints on indented lines) on one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// `text` with every double-quoted name emptied (`database "" does not exist`): a socket
    /// folder, host, user or database named "ssl" must not decide which advice is given.
    static func unquoted(_ text: String) -> String {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset.isMultiple(of: 2) ? String($0.element) : "" }
            .joined(separator: "\"")
    }
}
