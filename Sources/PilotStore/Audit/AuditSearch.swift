import GRDB

/// Finds the audit entries a filter text matches, newest first, without scanning the log.
///
/// An entry matches when its person login, OS login, entity kind or action contains the text
/// (ignoring case), or its entity id equals it. The first four take their values from small
/// sets (the people, the OS logins, sixteen kinds, three actions), so the text is matched
/// against the sets first; `AuditBlocks` then names the blocks of 64 entries that hold each
/// matching value, newest first, and only those blocks are read. Entity ids are looked up in
/// the `audit_entity` index.
struct AuditSearch {
    /// The blocks holding one matching value, read newest first a batch at a time.
    struct BlockList {
        var facet: AuditBlocks.Facet
        var value: String
        var buffer: [Int64] = []
        var next = 0
        var exhausted = false
        var batch = 16
    }

    static let actions = ["insert", "update", "delete"]

    private let people: Set<String>
    private let osLogins: Set<String>
    private let kinds: Set<String>
    private var lists: [BlockList]
    /// Entries whose entity id is the text, newest first.
    private var byID: [Int64]
    /// Matches of the block read last, newest first, not yet returned.
    private var pending: [Int64] = []
    private var seen = Set<Int64>()

    init(_ text: String, kinds allKinds: [String], _ db: any StoreSession) throws {
        let needle = text.lowercased()
        let pattern = "%" + needle.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        people = Set(try db.values(String.self, "SELECT login FROM person WHERE lower(login) LIKE ? ESCAPE '\\'", [pattern]))
        osLogins = Set(try Self.values(of: .os, db).filter { $0.lowercased().contains(needle) })
        kinds = Set(allKinds.flatMap { kind in
            Self.actions.filter { kind.contains(needle) || $0.contains(needle) }.map { AuditBlocks.kind(entity: kind, action: $0) }
        })
        lists = people.map { BlockList(facet: .person, value: $0) } + osLogins.map { BlockList(facet: .os, value: $0) }
            + kinds.map { BlockList(facet: .kind, value: $0) }
        byID = try db.values(
            Int64.self, "SELECT seq FROM audit WHERE entity IN (\(allKinds.map { _ in "?" }.joined(separator: ", "))) AND entity_id = ? ORDER BY seq DESC",
            allKinds + [text])
    }

    /// The distinct values of a facet, one index probe each (a loose index scan).
    static func values(of facet: AuditBlocks.Facet, _ db: any StoreSession) throws -> [String] {
        try db.values(
            String.self,
            """
                WITH RECURSIVE found(value) AS (
                    SELECT MIN(value) FROM audit_block WHERE facet = ?1
                    UNION ALL
                    SELECT (SELECT MIN(value) FROM audit_block WHERE facet = ?1 AND value > found.value) FROM found
                    WHERE found.value IS NOT NULL)
                SELECT value FROM found WHERE value IS NOT NULL
                """, [facet.rawValue])
    }

    /// Skips `offset` matches, returns up to `limit` sequence numbers and whether more remain.
    mutating func page(_ db: any StoreSession, limit: Int, offset: Int) throws -> (seqs: [Int64], hasMore: Bool) {
        var seqs: [Int64] = []
        var skipped = 0
        while seqs.count < limit, let seq = try pop(db) {
            if skipped < offset { skipped += 1 } else { seqs.append(seq) }
        }
        return (seqs, try pop(db) != nil)
    }

    /// The newest match not yet returned.
    private mutating func pop(_ db: any StoreSession) throws -> Int64? {
        while true {
            let fromID = byID.first
            if pending.isEmpty, let block = try nextBlock(db, after: fromID) {
                pending = try matches(in: block, db)
                continue
            }
            let candidate: Int64?
            if let head = pending.first, head >= (fromID ?? .min) {
                candidate = pending.removeFirst()
            } else if fromID != nil {
                candidate = byID.removeFirst()
            } else {
                candidate = nil
            }
            guard let seq = candidate else { return nil }
            if seen.insert(seq).inserted { return seq }
        }
    }

    /// The newest block not yet read that may hold a match newer than `bound`; nil when the
    /// entry `bound` comes first (or no block is left).
    private mutating func nextBlock(_ db: any StoreSession, after bound: Int64?) throws -> Int64? {
        var newest: Int64?
        for index in lists.indices {
            guard try refill(index, db) else { continue }
            let block = lists[index].buffer[lists[index].next]
            if newest == nil || block > newest! { newest = block }
        }
        guard let newest else { return nil }
        if let bound, AuditBlocks.seqs(of: newest).upperBound < bound { return nil }
        for index in lists.indices where lists[index].next < lists[index].buffer.count && lists[index].buffer[lists[index].next] == newest {
            lists[index].next += 1
        }
        return newest
    }

    /// The entries of one block that match, newest first: at most 64 rows, read by sequence.
    private func matches(in block: Int64, _ db: any StoreSession) throws -> [Int64] {
        let range = AuditBlocks.seqs(of: block)
        let rows = try db.rows(
            "SELECT seq, os_login, person_login, entity, action FROM audit WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
            [range.lowerBound, range.upperBound])
        return rows.filter { row in
            people.contains(row["person_login"]) || osLogins.contains(row["os_login"])
                || kinds.contains(AuditBlocks.kind(entity: row["entity"], action: row["action"]))
        }.map { $0["seq"] }
    }

    /// Makes sure the list has an unread block; false when it is used up.
    private mutating func refill(_ index: Int, _ db: any StoreSession) throws -> Bool {
        if lists[index].next < lists[index].buffer.count { return true }
        if lists[index].exhausted { return false }
        let list = lists[index]
        let fetched = try db.values(
            Int64.self, "SELECT block FROM audit_block WHERE facet = ? AND value = ? AND block < ? ORDER BY block DESC LIMIT ?",
            [list.facet.rawValue, list.value, list.buffer.last ?? Int64.max, list.batch])
        lists[index].exhausted = fetched.count < list.batch
        lists[index].buffer = fetched
        lists[index].next = 0
        lists[index].batch = min(list.batch * 4, 4096)
        return !fetched.isEmpty
    }
}

/// Audit entries from some offset of a list, and how long the list is. A filtered list is
/// counted only as far as it was read: `total` is then one more than what was found, until
/// the end has been reached (`isComplete`).
public struct AuditWindow: Sendable {
    public var entries: [AuditEntry]
    public var total: Int
    public var isComplete: Bool
}
