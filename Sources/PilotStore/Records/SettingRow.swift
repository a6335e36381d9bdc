import GRDB

/// An organization setting (organization domains, demo flag).
struct SettingRow: StoredRecord, Equatable {
    public static let entity = "setting"
    static let primaryKey = ["key"]
    var key: String
    var value: String
    var auditID: String { key }
}
