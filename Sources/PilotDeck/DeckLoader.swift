import Foundation
import PilotKit
import PilotStore

/// Reads what each screen shows from the store into state. Lists are bounded or paged in SQL;
/// portfolio insights are computed only for the rows on screen.
struct DeckLoader {
    let database: PilotDatabase
    let today: () -> Day
    let now: () -> Date

    /// `pilotsAreCurrent`: nothing was written since the pilot list in `state` was read; `head`:
    /// the audit head just read, when the caller has it (over a WAN each read is a round trip).
    func load(_ route: Route, into state: inout AppState, pilotsAreCurrent: Bool = false, head: Int64? = nil) throws {
        switch route {
        case .portfolio:
            if !pilotsAreCurrent { state.pilots = try readablePilots(&state) }
            if state.mineOnly || state.feedbackNeedsEnrolment {
                state.minePilotIDs = Set(try database.readablePilots(involving: state.session.user.login).records.compactMap(\.id))
            }
            state.portfolioCursor.count = state.currentCount
        case .pilot(let key):
            state.detail = try detail(key)
            if state.pilots.isEmpty { state.pilots = try readablePilots(&state) }
        case .tools:
            state.tools = try database.tools()
            state.toolCursor.count = state.visibleTools.count
        case .people:
            state.people = try database.people()
            state.organizationDomains = try database.organizationDomains()
            state.peopleCursor.count = state.visiblePeople.count
        case .oversight:
            state.oversight = try oversight(for: state.session.user)
            state.oversightCursor.count = state.visibleOversight.count
        case .audit:
            try pageAudit(offset: state.audit.offset, into: &state)
        case .alerts:
            if state.pilots.isEmpty { state.pilots = try readablePilots(&state) }
            state.alerts = try database.alerts(now: now(), pilots: state.pilots)
            state.alertCount = state.alerts.count
            state.alertCursor.count = state.visibleAlerts.count
        }
        try countAlerts(into: &state, pilotsJustRead: route == .portfolio, head: head)
    }

    private func countAlerts(into state: inout AppState, pilotsJustRead: Bool, head: Int64?) throws {
        let head = try head ?? database.auditHead().seq
        let at = now()
        if let counted = state.alertsCounted, counted.head == head, at.timeIntervalSince(counted.at) < 60 { return }
        state.alertCount = try database.alerts(now: at, pilots: pilotsJustRead ? state.pilots : nil).count
        state.alertsCounted = (head, at)
    }

    /// The pilots that can be read; one changed outside Pilotdeck into something unreadable is
    /// left out and named, so the portfolio still shows the others.
    private func readablePilots(_ state: inout AppState) throws -> [Pilot] {
        let read = try database.readablePilots()
        if let first = read.unreadable.first {
            let more = read.unreadable.count > 1 ? " (and \(read.unreadable.count - 1) more)" : ""
            state.say("\(first)\(more); `pilotdeck audit verify` names every such row", error: true)
        }
        return read.records
    }

    func detail(_ key: String) throws -> PilotDetail {
        let pilot = try database.pilot(key)
        let id = pilot.id!
        let evidence = try database.gateEvidence(of: [pilot], today: today(), trends: .all)[0]
        var records = try database.pilotRecords(of: id, feedbackLimit: 500, auditLimit: 500)
        records.audit = try WithdrawnText.hidden(in: records.audit, database: database)
        return PilotDetail(
            pilot: pilot, playbook: evidence.playbook, tool: evidence.tool, scope: evidence.scope.sorted { $0.domainKey < $1.domainKey },
            catalogue: evidence.catalogue, metrics: evidence.metrics, records: records, readiness: GateEvaluator.evaluate(evidence),
            readAt: now())
    }

    /// Readiness, headline metric, incidents and exposure of the given pilots.
    /// The rows on screen, read in two halves at once (`Halves`): the server's aggregation of
    /// their measurements was the first frame's longest wait on PostgreSQL.
    func insights(_ ids: [Int64], into state: inout AppState) throws {
        let wanted = Set(ids.filter { state.insights[$0] == nil })
        let pilots = state.pilots.filter { $0.id.map(wanted.contains) ?? false }
        let (database, today) = (database, today())
        for half in try Halves.map(pilots, minimum: 8, { try Self.insights(of: $0, database: database, today: today) }) {
            state.insights.merge(half) { _, new in new }
        }
    }

    /// Insights from the pilots' gate evidence, read in one go.
    static func insights(of pilots: [Pilot], database: PilotDatabase, today: Day) throws -> [Int64: PilotInsight] {
        var insights: [Int64: PilotInsight] = [:]
        for evidence in try database.gateEvidence(of: pilots, today: today) {
            let sensitivity = Dictionary(uniqueKeysWithValues: evidence.catalogue.map { ($0.key, $0.sensitivity) })
            var exposure: [Sensitivity: Int] = [:]
            for entry in evidence.scope {
                if let level = sensitivity[entry.domainKey] { exposure[level, default: 0] += 1 }
            }
            insights[evidence.pilot.id!] = PilotInsight(
                readiness: GateEvaluator.evaluate(evidence), headline: evidence.metrics.first,
                openIncidents: evidence.incidents.count, openRisks: evidence.risks.count, exposure: exposure)
        }
        return insights
    }

    /// Tools awaiting vetting, and pilots whose next gate lacks a sign-off: of the user's own
    /// discipline for a reviewer, of any discipline for everyone else.
    func oversight(for user: Person) throws -> [OversightItem] {
        var items: [OversightItem] = try database.tools().filter { $0.vetting == .pending }.map {
            OversightItem(kind: .vetTool, subject: "\($0.key) \($0.name)", detail: "\($0.vendor), \($0.hosting.title)", target: $0.key)
        }
        let reviewing = user.has(.reviewer) ? user.discipline : nil
        let active = try database.readablePilots().records.filter { $0.status != .retired }
        for evidence in try database.gateEvidence(of: active, today: today()) {
            let missing = GateEvaluator.missingSignOffs(evidence)
            guard let to = evidence.pilot.stage.next, !missing.isEmpty, reviewing.map(missing.contains) ?? true else { continue }
            let detail = GateEvaluator.evaluate(evidence).criteria.first { $0.name == "sign-offs" }?.detail ?? ""
            items.append(OversightItem(kind: .signGate, subject: "\(evidence.pilot.key) → \(to.rawValue)", detail: detail, target: evidence.pilot.key))
        }
        return items
    }

    func pageAudit(offset: Int, into state: inout AppState) throws {
        let filter = state.filters["audit"]
        var window = try database.auditWindow(matching: filter, limit: 200, offset: offset)
        var offset = offset
        if window.entries.isEmpty && offset > 0 {
            offset = 0
            window = try database.auditWindow(matching: filter, limit: 200, offset: 0)
        }
        state.audit.offset = offset
        state.audit.entries = try WithdrawnText.hidden(in: window.entries, database: database)
        state.audit.total = window.total
        state.audit.isComplete = window.isComplete
        state.auditCursor.count = state.audit.total
    }
}
