import PilotKit

/// `--limit N` of the list commands. SQLite reads a negative LIMIT as "no limit" and zero as
/// "nothing", neither of which a person asking for at most N rows means.
enum Limit {
    static func checked(_ value: Int) throws -> Int {
        guard value >= 1 else { throw FieldError("limit", "\(value) is not a number of rows; give 1 or more") }
        return value
    }
}
