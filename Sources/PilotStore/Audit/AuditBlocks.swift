import GRDB

/// A coarse index of the audit log for its filter: which blocks of 64 consecutive entries hold
/// entries of each person, each OS login and each kind of change (entity and action). A row
/// index on those columns would slow every audited write (BENCHMARKS.md, "Why the fast paths");
/// this costs a few rows per transaction, however many entries it appends, and the filter then reads only the
/// blocks that can match (`AuditSearch`).
struct AuditBlocks {
    enum Facet: String {
        case person, os, kind
    }

    /// Entries per block, as a shift of the sequence number.
    static let shift: Int64 = 6

    static func block(of seq: Int64) -> Int64 { seq >> shift }

    /// The first and last sequence numbers a block can hold.
    static func seqs(of block: Int64) -> ClosedRange<Int64> { (block << shift)...((block + 1) << shift - 1) }

    /// How a kind of change is spelt in the index.
    static func kind(entity: String, action: String) -> String { entity + " " + action }

    private var block: Int64 = -1
    private var kindsInBlock = Set<String>()

    /// Records that entry `seq` exists; within a transaction each (facet, value, block) is
    /// written once. The logins are the same for every entry of a transaction.
    mutating func record(seq: Int64, osLogin: String, personLogin: String, entity: String, action: String, _ db: any StoreSession) throws {
        let block = Self.block(of: seq)
        if block != self.block {
            self.block = block
            kindsInBlock = []
            try Self.insert(.person, personLogin, block, db)
            try Self.insert(.os, osLogin, block, db)
        }
        let kind = Self.kind(entity: entity, action: action)
        if kindsInBlock.insert(kind).inserted { try Self.insert(.kind, kind, block, db) }
    }

    private static func insert(_ facet: Facet, _ value: String, _ block: Int64, _ db: any StoreSession) throws {
        try db.insertIfAbsent(
            into: "audit_block", columns: ["facet", "value", "block"], values: [facet.rawValue.databaseValue, value.databaseValue, block.databaseValue])
    }

    /// Builds the index of an existing log (migration v3).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit_block (
                facet TEXT NOT NULL,
                value TEXT NOT NULL,
                block INTEGER NOT NULL,
                PRIMARY KEY (facet, value, block)) WITHOUT ROWID;
            CREATE TRIGGER audit_block_no_update BEFORE UPDATE ON audit_block
                BEGIN SELECT RAISE(ABORT, 'the audit index is append-only'); END;
            CREATE TRIGGER audit_block_no_delete BEFORE DELETE ON audit_block
                BEGIN SELECT RAISE(ABORT, 'the audit index is append-only'); END;
            INSERT OR IGNORE INTO audit_block SELECT 'person', person_login, seq >> \(shift) FROM audit;
            INSERT OR IGNORE INTO audit_block SELECT 'os', os_login, seq >> \(shift) FROM audit;
            INSERT OR IGNORE INTO audit_block SELECT 'kind', entity || ' ' || action, seq >> \(shift) FROM audit;
            """)
    }
}
