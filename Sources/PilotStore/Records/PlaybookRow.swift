import GRDB

/// A playbook as it was when a pilot first used it, so later edits of the file cannot change
/// the rules a running pilot was approved under.
struct PlaybookRow: StoredRecord, Equatable {
    public static let entity = "playbook"
    static let primaryKey = ["key"]
    var key: String
    var title: String
    var body: String
    var auditID: String { key }
}
