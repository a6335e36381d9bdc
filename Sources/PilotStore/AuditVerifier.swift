import Crypto
import Foundation
import GRDB
import PilotKit

/// The outcome of `audit verify`.
public struct AuditReport: Sendable, Codable {
    /// A row whose current state is not the state its last audit entry recorded.
    public struct RowProblem: Sendable, Codable, Equatable, CustomStringConvertible {
        public var entity: String
        public var id: String
        public var problem: String
        public var description: String { "\(entity) \(id): \(problem)" }
    }

    public var entries: Int64
    public var headSeq: Int64
    public var headHash: String
    /// The first entry whose link or content does not verify.
    public var firstBrokenSeq: Int64?
    public var brokenReason: String?
    public var rowProblems: [RowProblem]
    public var anchorProblem: String?

    public var isIntact: Bool { firstBrokenSeq == nil && rowProblems.isEmpty && anchorProblem == nil }
}

/// A head of the chain kept outside the file, to detect a chain rebuilt from scratch.
public struct AuditAnchor: Sendable, Equatable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public init(parsing text: String) throws {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0, parts[1].count == 64,
            parts[1].allSatisfy(\.isHexDigit)
        else { throw FieldError("anchor", "'\(Text.sanitized(text))' is not SEQ:HASH as printed by `pilotdeck audit anchor`") }
        self.seq = seq
        hash = parts[1].lowercased()
    }

    public var description: String { "\(seq):\(hash)" }
}

extension PilotDatabase {
    /// Recomputes the whole chain and compares every audited table with its last audited state.
    public func verifyAudit(anchor: AuditAnchor? = nil) throws -> AuditReport {
        try read { db in
            var report = AuditReport(
                entries: 0, headSeq: 0, headHash: AuditEntry.genesisHash, firstBrokenSeq: nil, brokenReason: nil,
                rowProblems: [], anchorProblem: nil)
            var lastState: [String: [String: SHA256Digest?]] = [:]
            let cursor = try AuditEntry.order(Column("seq")).fetchCursor(db)
            var expectedSeq: Int64 = 1
            var previousHash = AuditEntry.genesisHash
            while let entry = try cursor.next() {
                report.entries += 1
                if report.firstBrokenSeq == nil {
                    let reason: String? =
                        if entry.seq != expectedSeq { "entry \(expectedSeq) is missing" } else if entry.prevHash != previousHash {
                            "its link to the previous entry is broken"
                        } else if entry.computedHash() != entry.hash { "its content does not match its hash" } else { nil }
                    if let reason {
                        report.firstBrokenSeq = entry.seq == expectedSeq ? entry.seq : expectedSeq
                        report.brokenReason = reason
                    }
                }
                if let anchor, entry.seq == anchor.seq, entry.hash != anchor.hash {
                    report.anchorProblem = "entry \(anchor.seq) differs from the anchor: the chain was rewritten after it"
                }
                expectedSeq = entry.seq + 1
                previousHash = entry.hash
                lastState[entry.entity, default: [:]][entry.entityID] = entry.after.map { SHA256.hash(data: Data($0.utf8)) }
                report.headSeq = entry.seq
                report.headHash = entry.hash
            }
            if let anchor, anchor.seq > report.headSeq {
                report.anchorProblem = "the chain ends at \(report.headSeq), before the anchor's entry \(anchor.seq): entries were removed"
            }
            for type in Self.auditedTypes {
                report.rowProblems += try type.compare(db, with: lastState[type.entity] ?? [:])
            }
            return report
        }
    }

    /// Every table the Ledger writes.
    static let auditedTypes: [any StoredRecord.Type] = [
        SettingRow.self, DataDomain.self, PlaybookRow.self, Person.self, Tool.self, ToolReview.self, Pilot.self,
        ScopeRow.self, ParticipantRow.self, MetricMeasurement.self, Feedback.self, Risk.self, Incident.self,
        IncidentEvent.self, Decision.self, SignOff.self,
    ]

    /// The newest entry, for `audit anchor` and report fingerprints.
    public func auditHead() throws -> AuditAnchor {
        try read { db in
            let head = try AuditedWrites.loadHead(db)
            return AuditAnchor(seq: head.seq, hash: head.hash)
        }
    }
}

extension StoredRecord {
    /// Rows that differ from, or are missing from, the states the audit log last recorded.
    static func compare(_ db: Database, with audited: [String: SHA256Digest?]) throws -> [AuditReport.RowProblem] {
        var problems: [AuditReport.RowProblem] = []
        var seen = Set<String>()
        let cursor = try Self.fetchCursor(db)
        while let row = try cursor.next() {
            let id = row.auditID
            seen.insert(id)
            let digest = SHA256.hash(data: Data(try AuditJSON.encode(row).utf8))
            switch audited[id] {
            case .none:
                problems.append(.init(entity: entity, id: id, problem: "row has no audit entry: it was inserted outside Pilotdeck"))
            case .some(.none):
                problems.append(.init(entity: entity, id: id, problem: "row was deleted in the audit log but exists: restored outside Pilotdeck"))
            case .some(.some(let expected)) where expected != digest:
                problems.append(.init(entity: entity, id: id, problem: "row differs from its last audited state: changed outside Pilotdeck"))
            default:
                break
            }
        }
        for (id, state) in audited where state != nil && !seen.contains(id) {
            problems.append(.init(entity: entity, id: id, problem: "row is missing: deleted outside Pilotdeck"))
        }
        return problems.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
    }
}
