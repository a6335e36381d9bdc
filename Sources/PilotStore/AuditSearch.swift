import GRDB

/// Finds the audit entries a filter text matches, newest first, reading indexes only.
///
/// An entry matches when its person login, OS login, entity kind or action contains the text
/// (ignoring case), or its entity id equals it. Those columns take their values from small sets
/// (the people, the OS logins, sixteen kinds, three actions), so the text is matched against the
/// sets first; each matching value is then a range of an index in sequence order, read newest
/// first a batch at a time, and the ranges are merged. The log itself is never scanned.
struct AuditSearch {
    /// One index range: the entries whose `columns` equal `values`.
    struct Facet {
        var sql: String
        var values: [String]
        var buffer: [Int64] = []
        var next = 0
        var exhausted = false
        var batch = 16
    }

    static let actions = ["insert", "update", "delete"]

    private var facets: [Facet]
    private var seen = Set<Int64>()

    init(_ text: String, kinds: [String], _ db: Database) throws {
        let needle = text.lowercased()
        let pattern = "%" + needle.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        var facets: [Facet] = []
        for kind in kinds {
            for action in Self.actions where kind.contains(needle) || action.contains(needle) {
                facets.append(Facet(sql: "entity = ? AND action = ?", values: [kind, action]))
            }
            facets.append(Facet(sql: "entity = ? AND entity_id = ?", values: [kind, text]))
        }
        let people = try String.fetchAll(
            db, sql: "SELECT login FROM person WHERE login LIKE ? ESCAPE '\\'", arguments: [pattern])
        facets += people.map { Facet(sql: "person_login = ?", values: [$0]) }
        facets += try Self.osLogins(db).filter { $0.lowercased().contains(needle) }.map { Facet(sql: "os_login = ?", values: [$0]) }
        self.facets = facets
    }

    /// The distinct OS logins of the log, one index probe each (a loose index scan).
    static func osLogins(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                WITH RECURSIVE logins(login) AS (
                    SELECT MIN(os_login) FROM audit
                    UNION ALL
                    SELECT (SELECT MIN(os_login) FROM audit WHERE os_login > login) FROM logins WHERE login IS NOT NULL)
                SELECT login FROM logins WHERE login IS NOT NULL
                """)
    }

    /// Skips `offset` matches, returns up to `limit` sequence numbers and whether more remain.
    mutating func page(_ db: Database, limit: Int, offset: Int) throws -> (seqs: [Int64], hasMore: Bool) {
        var seqs: [Int64] = []
        var skipped = 0
        while seqs.count < limit, let seq = try pop(db) {
            if skipped < offset { skipped += 1 } else { seqs.append(seq) }
        }
        return (seqs, try peek(db) != nil)
    }

    /// The newest match not yet returned.
    private mutating func pop(_ db: Database) throws -> Int64? {
        while true {
            guard let index = try newestFacet(db) else { return nil }
            let seq = facets[index].buffer[facets[index].next]
            facets[index].next += 1
            if seen.insert(seq).inserted { return seq }
        }
    }

    private mutating func peek(_ db: Database) throws -> Int64? {
        while let index = try newestFacet(db) {
            let seq = facets[index].buffer[facets[index].next]
            if !seen.contains(seq) { return seq }
            facets[index].next += 1
        }
        return nil
    }

    /// The facet whose next entry is the newest, refilling buffers that ran out.
    private mutating func newestFacet(_ db: Database) throws -> Int? {
        var best: (index: Int, seq: Int64)?
        for index in facets.indices {
            guard try refill(index, db) else { continue }
            let seq = facets[index].buffer[facets[index].next]
            if best == nil || seq > best!.seq { best = (index, seq) }
        }
        return best?.index
    }

    /// Makes sure the facet has an unread entry; false when its range is used up.
    private mutating func refill(_ index: Int, _ db: Database) throws -> Bool {
        if facets[index].next < facets[index].buffer.count { return true }
        if facets[index].exhausted { return false }
        let facet = facets[index]
        let before = facet.buffer.last ?? Int64.max
        let statement = try db.cachedStatement(
            sql: "SELECT seq FROM audit WHERE \(facet.sql) AND seq < ? ORDER BY seq DESC LIMIT ?")
        let fetched = try Int64.fetchAll(statement, arguments: StatementArguments(facet.values) + [before, facet.batch])
        facets[index].exhausted = fetched.count < facet.batch
        facets[index].buffer = fetched
        facets[index].next = 0
        facets[index].batch = min(facet.batch * 4, 4096)
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
