import Foundation
import PilotKit

/// What a lead gives to start a pilot; the rest comes from the playbook.
public struct NewPilot: Sendable {
    public var key: String
    public var name: String
    public var problem: String
    public var successCriteria: String
    public var ownerLogin: String
    public var toolKey: String
    public var sites: [String]

    public init(
        key: String, name: String, problem: String = "", successCriteria: String = "", ownerLogin: String,
        toolKey: String, sites: [String] = []
    ) {
        self.key = key
        self.name = name
        self.problem = problem
        self.successCriteria = successCriteria
        self.ownerLogin = ownerLogin
        self.toolKey = toolKey
        self.sites = sites
    }
}

extension Ledger {
    /// Starts a pilot at intake with the playbook's starter risks in its register.
    @discardableResult
    public func createPilot(_ spec: NewPilot, playbook: Playbook) throws -> Pilot {
        var pilot = Self.guarded(
            Pilot(
                key: spec.key, name: spec.name, problem: spec.problem, successCriteria: spec.successCriteria,
                playbook: playbook.key, useCase: playbook.title, ownerLogin: spec.ownerLogin, toolKey: spec.toolKey,
                sites: spec.sites, startedOn: Day(clock.now)))
        try pilot.validate()
        return try write(.createPilot) { writes in
            let db = writes.session
            if try db.count("SELECT COUNT(*) FROM pilot WHERE key = ?", [spec.key]) > 0 {
                throw StoreError.conflict("key: pilot '\(spec.key)' already exists; pick another key")
            }
            _ = try Self.tool(spec.toolKey, db)
            let owner = try Self.person(spec.ownerLogin, db)
            if !owner.has(.lead) {
                throw FieldError("owner", "\(owner.login) is not a lead; a pilot's owner must have the lead role")
            }
            try Self.storePlaybook(playbook, over: Self.storedPlaybook(playbook.key, db), by: actor, &writes)
            try writes.insert(&pilot)
            for template in playbook.starterRisks {
                var risk = Self.guarded(
                    Risk(
                        pilotID: pilot.id!, title: template.title, category: template.category,
                        likelihood: template.likelihood, impact: template.impact, mitigation: template.mitigation,
                        ownerLogin: owner.login))
                try writes.insert(&risk)
            }
            return pilot
        }
    }

    /// Marks the pilot's incident action plan as reviewed today.
    @discardableResult
    public func reviewActionPlan(pilot key: String) throws -> Pilot {
        try write(.editPilot) { writes in
            let pilot = try Self.pilot(key, writes.session)
            var updated = pilot
            updated.actionPlanReviewedOn = Day(writes.at)
            try writes.update(updated, from: pilot)
            return updated
        }
    }

    /// Adds a data domain within what the playbook allows at the pilot's current stage; anything
    /// wider needs a gate decision first (rule 3: scope widens only through a recorded go).
    public func addScope(pilot key: String, domain: String, access: Access) throws {
        try write(.editScope) { writes in
            let db = writes.session
            let pilot = try Self.pilot(key, db)
            guard try db.record(DataDomain.self, key: [domain]) != nil else {
                throw StoreError.notFound(entity: "domain", name: domain)
            }
            let playbook = try Self.playbook(pilot.playbook, db)
            let allowed = playbook.plan(for: pilot.stage).domains.first { $0.domainKey == domain }
            guard let allowed, access <= allowed.access else {
                let later = Stage.allCases.first { stage in
                    playbook.plan(for: stage).domains.contains { $0.domainKey == domain && access <= $0.access }
                }
                let hint = later.map { "it is allowed from the \($0.rawValue) stage; widen scope through a gate decision" }
                    ?? "the \(playbook.key) playbook never allows it"
                throw FieldError("domain", "\(domain) with \(access.rawValue) access is not allowed at \(pilot.stage.rawValue); \(hint)")
            }
            var row = ScopeRow(pilotID: pilot.id!, domainKey: domain, access: access)
            if let existing = try db.record(ScopeRow.self, key: [pilot.id!, domain]) {
                try writes.update(row, from: existing)
            } else {
                try writes.insert(&row)
            }
        }
    }

    public func removeScope(pilot key: String, domain: String) throws {
        try write(.editScope) { writes in
            let pilot = try Self.pilot(key, writes.session)
            guard let row = try writes.session.record(ScopeRow.self, key: [pilot.id!, domain]) else {
                throw StoreError.notFound(entity: "scope entry", name: "\(key)/\(domain)")
            }
            try writes.delete(row)
        }
    }

    /// Enrols a person in a pilot, recording the account they use for the tool, within the cohort
    /// cap (`CohortSeat`: at intake, pending for the next stage); enrolling again changes only
    /// the account.
    public func addParticipant(pilot key: String, login: String, account: AccountKind) throws {
        try write(.manageParticipants) { writes in
            let db = writes.session
            let pilot = try Self.pilot(key, db)
            _ = try Self.person(login, db)
            if let existing = try db.record(ParticipantRow.self, key: [pilot.id!, login]) {
                var row = existing
                row.account = account
                try writes.update(row, from: existing)
                return
            }
            let enrolled = "SELECT COUNT(*) FROM participant WHERE pilot_id = ?"
            let seat = try CohortSeat.next(
                in: try Self.playbook(pilot.playbook, db), at: pilot.stage,
                active: try db.count(enrolled + " AND pending_stage IS NULL", [pilot.id!]), enrolled: try db.count(enrolled, [pilot.id!]))
            let pending: Stage? = if case .pending(let stage) = seat { stage } else { nil }
            var row = ParticipantRow(pilotID: pilot.id!, login: login, account: account, pendingStage: pending)
            try writes.insert(&row)
        }
    }

    // MARK: - Lookups inside a transaction

    static func pilot(_ keyOrID: String, _ db: any StoreSession) throws -> Pilot {
        let found: Pilot? =
            if let id = Int64(keyOrID) { try db.record(Pilot.self, key: [id]) } else {
                try db.one(Pilot.self, "SELECT * FROM pilot WHERE key = ?", [keyOrID])
            }
        guard let found else { throw StoreError.notFound(entity: "pilot", name: keyOrID) }
        return found
    }

    static func person(_ login: String, _ db: any StoreSession) throws -> Person {
        guard let person = try db.one(Person.self, "SELECT * FROM person WHERE login = ?", [login]) else {
            throw StoreError.notFound(entity: "person", name: login)
        }
        return person
    }

    static func playbook(_ key: String, _ db: any StoreSession) throws -> Playbook {
        guard let stored = try storedPlaybook(key, db) else { throw StoreError.notFound(entity: "playbook", name: key) }
        return stored.playbook
    }

    /// The row stored under `key` and the playbook it holds; nil when there is none.
    static func storedPlaybook(_ key: String, _ db: any StoreSession) throws -> (row: PlaybookRow, playbook: Playbook)? {
        guard let row = try db.record(PlaybookRow.self, key: [key]) else { return nil }
        return (row, try JSONDecoder().decode(Playbook.self, from: Data(row.body.utf8)))
    }

    /// Keeps the database's copy of a playbook current, audited, so gates never depend on files;
    /// `existing` is what `storedPlaybook` read. A change to what running pilots are judged by
    /// (`Playbook.thresholdChanges`) is refused unless `actor` is among the stored playbook's
    /// deciders. Returns the fields whose thresholds changed.
    @discardableResult
    static func storePlaybook(
        _ playbook: Playbook, over existing: (row: PlaybookRow, playbook: Playbook)?, by actor: Person, _ writes: inout AuditedWrites
    ) throws -> [String] {
        let body = try AuditJSON.encode(playbook)
        var row = PlaybookRow(key: playbook.key, title: playbook.title, body: body)
        guard let (existing, stored) = existing else {
            try writes.insert(&row)
            return []
        }
        let changes = stored.thresholdChanges(to: playbook)
        if !changes.isEmpty, !stored.decidedBy.contains(where: actor.has) {
            let running = try writes.session.values(
                String.self, "SELECT key FROM pilot WHERE playbook = ? AND status <> ? ORDER BY key", [playbook.key, PilotStatus.retired])
            if !running.isEmpty {
                let deciders = stored.decidedBy.map(\.rawValue).joined(separator: " or ")
                throw Refused(
                    "playbook \(playbook.key): its file changes \(changes.joined(separator: ", ")), which running pilots (\(running.joined(separator: ", "))) are judged by; only \(deciders), its deciders, may change that, and \(actor.login) is \(actor.roles.map(\.rawValue).joined(separator: ", "))",
                    remedy: .applyPlaybook(key: playbook.key))
            }
        }
        try writes.update(row, from: existing)
        return changes
    }

    /// A decider's change of a playbook that running pilots are judged by: the stored copy takes
    /// the file's thresholds, audited; the pilots' gates follow from their next reading.
    /// Returns the playbook fields whose thresholds changed.
    @discardableResult
    public func applyPlaybook(_ playbook: Playbook) throws -> [String] {
        try write(.decide) { writes in
            guard let existing = try Self.storedPlaybook(playbook.key, writes.session) else {
                throw StoreError.notFound(entity: "playbook", name: playbook.key)
            }
            let stored = existing.playbook
            if !stored.decidedBy.contains(where: actor.has) {
                throw StoreError.refused(
                    "permission denied: the \(stored.key) playbook lets only \(stored.decidedBy.map(\.rawValue).joined(separator: " or ")) change what its pilots are judged by; \(actor.login) is \(actor.roles.map(\.rawValue).joined(separator: ", "))")
            }
            return try Self.storePlaybook(playbook, over: existing, by: actor, &writes)
        }
    }
}
