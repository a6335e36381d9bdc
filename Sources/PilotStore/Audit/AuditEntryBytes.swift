/// One audit entry's fields as `audit verify` reads them: straight from SQLite's columns (valid
/// until the statement moves), or laid out from an `AuditEntry` that GRDB decoded. What replays
/// the log entry by entry (`AuditAuthority`, `AuditBlockIndex`) reads these, never a `String` per
/// entry.
struct AuditEntryBytes {
    let seq: Int64
    /// The entry's time in milliseconds: every entry of a transaction has the same.
    let at: Int64
    let osLogin: UnsafeBufferPointer<UInt8>
    let personLogin: UnsafeBufferPointer<UInt8>
    let entity: UnsafeBufferPointer<UInt8>
    let entityID: UnsafeBufferPointer<UInt8>
    let action: UnsafeBufferPointer<UInt8>
    let before: UnsafeBufferPointer<UInt8>?
    let after: UnsafeBufferPointer<UInt8>?
}

extension AuditEntry {
    /// Calls `body` with this entry's fields laid out in one buffer.
    func withBytes<T>(_ body: (AuditEntryBytes) throws -> T) rethrows -> T {
        var storage: [UInt8] = []
        let texts = [osLogin, personLogin, entity, entityID, action, before ?? "", after ?? ""]
        let ranges = texts.map { text in
            let start = storage.count
            storage += text.utf8
            return start..<storage.count
        }
        return try storage.withUnsafeBufferPointer { base in
            func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: base[ranges[index]]) }
            return try body(AuditEntryBytes(
                seq: seq, at: AuditJSONWriter.milliseconds(at), osLogin: field(0), personLogin: field(1), entity: field(2),
                entityID: field(3), action: field(4), before: before == nil ? nil : field(5), after: after == nil ? nil : field(6)))
        }
    }
}
