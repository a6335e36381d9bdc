import Foundation
import PilotKit

/// Authority replayed from the audit log. A row edited outside Pilotdeck and restored before
/// `audit verify` runs leaves no trace in the rows, but whatever the Ledger wrote meanwhile was
/// written by an actor holding roles the log never gave them. So each person's roles, and the demo
/// flag, are rebuilt from the audited states as of each entry, and each entry is held to
/// `PermittedEntries` and `Permission.allowedRoles`, the tables the Ledger checks before writing,
/// and a decision also to its playbook's `decided_by`, as the Ledger holds it.
///
/// Cheap by design: only person and setting entries change authority, and only theirs are
/// decoded, with the few that tell who may decide a gate: a decision (its override flag and
/// pilot), a pilot's insert (its playbook) and a playbook's (its `decided_by`). Every other entry
/// costs a few byte comparisons (is this the same transaction, actor and kind as the entry
/// before?) and a mask intersection.
///
/// A transaction opens with an entry of a kind its permission opens with, and may go on with the
/// kinds that permission lets follow: a clinician's pilot update is allowed only right after the
/// incident insert that paused the pilot. Entries of one transaction share their time, person and
/// OS login; two transactions that share them too are seen as one, which only ever allows more
/// (each entry may still open a transaction of its own), never reports a false problem.
///
/// Bootstrap: `Ledger.initialize` writes the settings, the data-domain catalogue and the first
/// admin before anyone holds a role, so the log's first transaction, up to and including the
/// insert of the person who writes it, needs no authority. Nothing else can: `initialize` is
/// refused once anyone exists, and the chain pins the first entries. Whether it made a demo is
/// known only once its setting is written, so its OS logins are judged when it ends.
struct AuditAuthority {
    private(set) var problems: [AuditReport.EntryProblem] = []

    private var roles: [String: RoleSet] = [:]
    /// Each pilot's playbook, and the roles each playbook lets decide its gates.
    private var pilotPlaybooks: [Int64: String] = [:]
    private var deciders: [String: RoleSet] = [:]
    private var isDemo = false
    private var bootstrapping = true
    /// Bootstrap entries written from another OS login, judged once the demo flag is known.
    private var bootstrapForeign: [(seq: Int64, what: String, person: String, os: String)] = []
    private let decoder = JSONDecoder()

    // The entry before, to tell a transaction's next entry from a new one.
    private var started = false
    private var lastAt: Int64 = 0
    private var lastPerson: [UInt8] = []
    private var lastOS: [UInt8] = []
    private var actor = ""
    /// The actor's roles; nil when the log holds no such person.
    private var actorRoles: RoleSet?
    /// The permissions the current transaction may be running under, among those the actor holds.
    private var open = PermissionSet()
    private var lastKind: (entity: [UInt8], action: [UInt8], index: Int?) = ([], [], nil)

    mutating func observe(_ entry: AuditEntryBytes) {
        let sameTransaction =
            started && entry.at == lastAt && lastPerson.withUnsafeBufferPointer { AuditVerifier.equal($0, entry.personLogin) }
            && lastOS.withUnsafeBufferPointer { AuditVerifier.equal($0, entry.osLogin) }
        if !sameTransaction {
            lastAt = entry.at
            lastPerson = Array(entry.personLogin)
            lastOS = Array(entry.osLogin)
            actor = String(decoding: entry.personLogin, as: UTF8.self)
            actorRoles = roles[actor]
        }
        let kind = kind(entity: entry.entity, action: entry.action)
        if bootstrapping {
            if isBootstrap(entry, kind: kind, continuing: sameTransaction || !started) {
                started = true
                return
            }
            endBootstrap()
        }
        started = true
        check(entry, kind: kind, continuing: sameTransaction)
        apply(entry, kind: kind)
    }

    /// Ends the replay of a log that holds only its bootstrap.
    mutating func finish() {
        if bootstrapping { endBootstrap() }
    }

    // MARK: - Checking

    private mutating func check(_ entry: AuditEntryBytes, kind: Int?, continuing: Bool) {
        let held = Self.heldByRoles[Int(actorRoles?.rawValue ?? 0)]
        let opening = kind.map { Self.opening[$0] } ?? []
        let following = kind.map { Self.following[$0] } ?? []
        open = (continuing ? open.intersection(following) : []).union(opening).intersection(held)
        var allowed = !open.isEmpty
        var what: String?
        if let kind, Self.effects[kind] == .decision {
            let decision = entry.after.flatMap { decode(DecisionState.self, $0) }
            what = decision?.isOverride == true ? "decide override" : "decide"
            allowed = allowed && mayDecide(decision, held: held)
            // What a refused decision goes on to write was not permitted either.
            if !allowed { open = [] }
        }
        let foreign = !isDemo && !AuditVerifier.equal(entry.personLogin, entry.osLogin)
        guard !allowed || foreign else { return }
        let words = what ?? Self.words(entry)
        var problem = "\(words) by \(AuditReport.printable(actor))"
        if !allowed {
            problem += actorRoles.map { ", who held \($0.words)" } ?? ", who was no person in the log then"
        }
        if foreign { problem += Self.fromOtherLogin(String(decoding: entry.osLogin, as: UTF8.self)) }
        problems.append(.init(seq: entry.seq, problem: problem))
    }

    /// What deciding takes beyond `decide`: `overrideGate` for an override, and a role the pilot's
    /// playbook lets decide (when the log holds the pilot and its playbook).
    private func mayDecide(_ decision: DecisionState?, held: PermissionSet) -> Bool {
        if decision?.isOverride == true && !held.contains(.overrideGate) { return false }
        guard let pilot = decision?.pilotID, let playbook = pilotPlaybooks[pilot], let roles = deciders[playbook] else { return true }
        return !roles.intersection(actorRoles ?? []).isEmpty
    }

    private static func words(_ entry: AuditEntryBytes) -> String {
        AuditReport.printable(String(decoding: entry.entity, as: UTF8.self) + " " + String(decoding: entry.action, as: UTF8.self))
    }

    private static func fromOtherLogin(_ os: String) -> String {
        ", from OS login \(AuditReport.printable(os)) on a database that is not a demo"
    }

    // MARK: - Bootstrap

    /// Whether `entry` belongs to the first transaction's bootstrap; applies it if so.
    private mutating func isBootstrap(_ entry: AuditEntryBytes, kind: Int?, continuing: Bool) -> Bool {
        guard continuing, let kind, Self.bootstrapKinds.contains(kind) else { return false }
        if kind == Self.personInsert {
            guard entry.after.flatMap({ decode(PersonState.self, $0) })?.login == actor else { return false }
        }
        if !AuditVerifier.equal(entry.personLogin, entry.osLogin) {
            bootstrapForeign.append((entry.seq, Self.words(entry), actor, String(decoding: entry.osLogin, as: UTF8.self)))
        }
        apply(entry, kind: kind)
        if kind == Self.personInsert { endBootstrap() }
        return true
    }

    private mutating func endBootstrap() {
        bootstrapping = false
        if !isDemo {
            problems += bootstrapForeign.map {
                .init(seq: $0.seq, problem: "\($0.what) by \(AuditReport.printable($0.person))" + Self.fromOtherLogin($0.os))
            }
        }
        bootstrapForeign = []
    }

    // MARK: - Authority changes

    /// Takes in the new state of a person or of the demo setting.
    private mutating func apply(_ entry: AuditEntryBytes, kind: Int?) {
        guard let kind else { return }
        switch Self.effects[kind] {
        case .person:
            if let before = entry.before.flatMap({ decode(PersonState.self, $0) }) { roles[before.login] = nil }
            if let after = entry.after.flatMap({ decode(PersonState.self, $0) }) { roles[after.login] = RoleSet(after.roles) }
            actorRoles = roles[actor]
        case .setting where entry.entityID.elementsEqual(Settings.demoKey.utf8):
            isDemo = entry.after.flatMap { decode(SettingState.self, $0) }?.value == "true"
        case .pilot:
            if let pilot = entry.after.flatMap({ decode(PilotState.self, $0) }) { pilotPlaybooks[pilot.id] = pilot.playbook }
        case .playbook:
            if let row = entry.after.flatMap({ decode(PlaybookState.self, $0) }),
                let playbook = try? decoder.decode(DecidersState.self, from: Data(row.body.utf8))
            {
                deciders[row.key] = RoleSet(playbook.decidedBy)
            }
        default: break
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: UnsafeBufferPointer<UInt8>) -> T? {
        try? decoder.decode(type, from: Data(json))
    }

    private struct PersonState: Decodable {
        var login: String
        var roles: [String]
    }

    private struct SettingState: Decodable {
        var value: String
    }

    private struct DecisionState: Decodable {
        var isOverride: Bool
        var pilotID: Int64
    }

    private struct PilotState: Decodable {
        var id: Int64
        var playbook: String
    }

    private struct PlaybookState: Decodable {
        var key: String
        var body: String
    }

    private struct DecidersState: Decodable {
        var decidedBy: [String]
    }

    // MARK: - Kinds

    /// The kind of an entry, as an index into the tables below (entity, then action); remembered
    /// for the next entry, which is most often of the same kind.
    private mutating func kind(entity: UnsafeBufferPointer<UInt8>, action: UnsafeBufferPointer<UInt8>) -> Int? {
        if lastKind.entity.withUnsafeBufferPointer({ AuditVerifier.equal($0, entity) })
            && lastKind.action.withUnsafeBufferPointer({ AuditVerifier.equal($0, action) })
        {
            return lastKind.index
        }
        func position(_ names: [[UInt8]], _ name: UnsafeBufferPointer<UInt8>) -> Int? {
            names.firstIndex { $0.withUnsafeBufferPointer { AuditVerifier.equal($0, name) } }
        }
        let index = position(Self.entities, entity).flatMap { entity in position(Self.actions, action).map { entity * Self.actions.count + $0 } }
        lastKind = (Array(entity), Array(action), index)
        return index
    }

    private static let entities = PilotDatabase.auditedTypes.map { Array($0.entity.utf8) }
    private static let actions = ["insert", "update", "delete"].map { Array($0.utf8) }

    private static func index(_ kind: PermittedEntries.Kind) -> Int {
        entities.firstIndex(of: Array(kind.entity.utf8))! * actions.count + actions.firstIndex(of: Array(kind.action.utf8))!
    }

    /// What an entry of a kind tells the replay beyond its permission.
    private enum Effect { case none, person, setting, decision, pilot, playbook }

    private static let effects: [Effect] = {
        var effects = [Effect](repeating: .none, count: entities.count * actions.count)
        for kind in [index(.insert(Person.self)), index(.update(Person.self)), index(.delete(Person.self))] { effects[kind] = .person }
        for kind in [index(.insert(SettingRow.self)), index(.update(SettingRow.self)), index(.delete(SettingRow.self))] {
            effects[kind] = .setting
        }
        effects[index(.insert(Decision.self))] = .decision
        effects[index(.insert(Pilot.self))] = .pilot
        effects[index(.insert(PlaybookRow.self))] = .playbook
        effects[index(.update(PlaybookRow.self))] = .playbook
        return effects
    }()

    private static let personInsert = index(.insert(Person.self))
    private static let bootstrapKinds: Set = [index(.insert(SettingRow.self)), index(.insert(DataDomain.self)), personInsert]

    /// The permissions each kind of entry may open a transaction under, and may follow under.
    private static let (opening, following): ([PermissionSet], [PermissionSet]) = {
        var opening = [PermissionSet](repeating: [], count: entities.count * actions.count)
        var following = opening
        for permission in Permission.allCases {
            let entries = PermittedEntries.entries(of: permission)
            for kind in entries.opening { opening[index(kind)].insert(PermissionSet(permission)) }
            for kind in entries.following { following[index(kind)].insert(PermissionSet(permission)) }
        }
        return (opening, following)
    }()

    /// The permissions each combination of roles holds, by `RoleSet.rawValue`.
    private static let heldByRoles: [PermissionSet] = (0..<(1 << Role.allCases.count)).map { mask in
        let roles = RoleSet(rawValue: UInt8(mask))
        return Permission.allCases.filter { $0.allowedRoles.contains { roles.contains(RoleSet($0)) } }
            .reduce(into: PermissionSet()) { $0.insert(PermissionSet($1)) }
    }
}
