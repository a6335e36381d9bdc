import GRDB

/// The audit filter's block index (`AuditBlocks`) rebuilt from the entries as `audit verify` reads
/// them, and compared with the table. The filter reads only the blocks the index names, so a row
/// deleted from it (its trigger dropped) hides a person's entries from the filter while the log
/// itself still verifies. Each entry costs a few byte comparisons with the values its block has
/// already noted; a new value costs one `String`.
struct AuditBlockIndex {
    struct Row: Hashable {
        let facet: String
        let value: String
        let block: Int64
    }

    private var expected = Set<Row>()
    private var block: Int64 = -1
    /// The persons, OS logins and kinds (entity, action) the current block has noted.
    private var people: [[UInt8]] = []
    private var osLogins: [[UInt8]] = []
    private var kinds: [(entity: [UInt8], action: [UInt8])] = []

    mutating func observe(_ entry: AuditEntryBytes) {
        let block = AuditBlocks.block(of: entry.seq)
        if block != self.block {
            self.block = block
            people.removeAll(keepingCapacity: true)
            osLogins.removeAll(keepingCapacity: true)
            kinds.removeAll(keepingCapacity: true)
        }
        if let person = Self.new(entry.personLogin, in: &people) { insert(.person, person) }
        if let os = Self.new(entry.osLogin, in: &osLogins) { insert(.os, os) }
        func same(_ kind: (entity: [UInt8], action: [UInt8])) -> Bool {
            kind.entity.withUnsafeBufferPointer { AuditVerifier.equal($0, entry.entity) }
                && kind.action.withUnsafeBufferPointer { AuditVerifier.equal($0, entry.action) }
        }
        if !(kinds.last.map(same) ?? false) && !kinds.contains(where: same) {
            kinds.append((Array(entry.entity), Array(entry.action)))
            let entity = String(decoding: entry.entity, as: UTF8.self)
            insert(.kind, AuditBlocks.kind(entity: entity, action: String(decoding: entry.action, as: UTF8.self)))
        }
    }

    /// `value`, when the block has not noted it yet; it is noted now.
    private static func new(_ value: UnsafeBufferPointer<UInt8>, in noted: inout [[UInt8]]) -> String? {
        func same(_ noted: [UInt8]) -> Bool { noted.withUnsafeBufferPointer { AuditVerifier.equal($0, value) } }
        if noted.last.map(same) ?? false || noted.contains(where: same) { return nil }
        noted.append(Array(value))
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func insert(_ facet: AuditBlocks.Facet, _ value: String) {
        expected.insert(Row(facet: facet.rawValue, value: value, block: block))
    }

    static let sql = "SELECT facet, value, block FROM audit_block ORDER BY facet, value, block"

    /// Where the table differs from the index the entries make: one line per value with blocks
    /// missing, and one per value with blocks listed that hold no such entry.
    func problems(_ db: any StoreSession) throws -> [String] {
        var extra: [Row] = []
        var missing = expected
        try db.forEachInPlace(Self.sql) { columns, row in
            let indexed: Row
            if let facet = columns.text(0), let value = columns.text(1), let block = columns.int64(2) {
                indexed = Row(facet: String(decoding: facet, as: UTF8.self), value: String(decoding: value, as: UTF8.self), block: block)
            } else {
                let row = row()
                indexed = Row(facet: row["facet"] as String? ?? "", value: row["value"] as String? ?? "", block: row["block"] as Int64? ?? -1)
            }
            if missing.remove(indexed) == nil { extra.append(indexed) }
        }
        let missingRows = missing.sorted { ($0.block, $0.value) < ($1.block, $1.value) }
        return Self.lines(missingRows) { "\($0) are missing from the index; the audit filter skips them" }
            + Self.lines(extra) { "the index lists \($0), which hold no such entry" }
    }

    /// One line per facet and value, naming the entries of its first block and counting the rest.
    private static func lines(_ rows: [Row], _ sentence: (String) -> String) -> [String] {
        var order: [String] = []
        var groups: [String: [Row]] = [:]
        for row in rows {
            let name = AuditReport.printable("\(row.facet) \(row.value)")
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(row)
        }
        return order.map { name in
            let blocks = groups[name]!
            let first = AuditBlocks.seqs(of: blocks[0].block)
            let more = blocks.count == 1 ? "" : " and \(blocks.count - 1) more block\(blocks.count == 2 ? "" : "s") of 64"
            return "\(name): " + sentence("entries \(first.lowerBound)-\(first.upperBound)\(more)")
        }
    }
}
