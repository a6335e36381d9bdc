import Foundation
import PilotKit
import PilotStore
import TerminalKit

/// How the portfolio is ordered.
public enum PortfolioSort: String, CaseIterable, Sendable {
    case key, stage, status, readiness

    var next: PortfolioSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

/// The whole dashboard as a value: views render it, `handle` changes it and asks for effects.
public struct AppState: Sendable {
    public static let minimumSize = Size(width: 60, height: 16)

    public var session: Session
    public var size: Size
    public var route: Route = .portfolio
    public var history: [Route] = []

    public var pilots: [Pilot] = [] { didSet { pilotsStamp = PortfolioOrder.stamp() } }
    public var insights: [Int64: PilotInsight] = [:] { didSet { insightsStamp = PortfolioOrder.stamp() } }
    public var portfolioCursor = ListCursor()
    public var sort: PortfolioSort = .key
    public var board = false
    public var boardColumn = 0
    /// A clinician's home: only the pilots they take part in.
    public var mineOnly: Bool
    /// The pilots the user takes part in; read for a clinician's home and for whoever logs
    /// feedback only on such pilots.
    public var minePilotIDs: Set<Int64> = [] { didSet { pilotsStamp = PortfolioOrder.stamp() } }
    private var pilotsStamp = 0
    private var insightsStamp = 0
    private let portfolioOrder = PortfolioOrder()

    public var detail: PilotDetail?
    public var tab: PilotTab = .overview
    public var tabCursors: [PilotTab: ListCursor] = [:]

    public var tools: [Tool] = []
    /// How many alerts `pilotdeck alerts` would list, for the header.
    public var alertCount = 0
    /// The audit head and time the count was taken at: it is counted again only when another
    /// write moved the head or a minute passed (a clock can make a step overdue), since it reads
    /// every pilot, incident and tool.
    var alertsCounted: (head: Int64, at: Date)?
    /// Playbook keys offered by the new-pilot form.
    public var playbookKeys: [String] = []
    public var organizationDomains: [String] = []
    public var toolCursor = ListCursor()
    public var people: [Person] = []
    public var peopleCursor = ListCursor()
    public var oversight: [OversightItem] = []
    public var oversightCursor = ListCursor()
    /// What needs attention now, as `pilotdeck alerts` lists it.
    public var alerts: [Alert] = []
    public var alertCursor = ListCursor()
    public var audit = AuditPage()
    public var auditCursor = ListCursor()

    /// Filter text per list; `filterEditor` is set while the user types one.
    public var filters: [String: String] = [:]
    public var filterEditor: TextField?
    public var overlay: Overlay?
    public var message: String?
    public var messageIsError = false
    public var databaseBusy = false
    /// The server could not be reached at the last look; each poll tries a new connection.
    public var databaseUnreachable = false
    /// The multiline form field to hand to `$EDITOR`; the app loop owns the terminal, so it does it.
    public var editorRequest: FieldID?
    public var shouldQuit = false

    public init(session: Session, size: Size) {
        self.session = session
        self.size = size
        mineOnly = session.isClinicianOnly
    }

    var isTooSmall: Bool { size.width < Self.minimumSize.width || size.height < Self.minimumSize.height }

    var context: KeyContext {
        if case .pilot = route { return .pilot }
        return .list
    }

    /// Every binding of this screen, each carrying why it cannot act here when it cannot.
    /// The list's emptiness is counted once for all of them: on the pilot screen counting means
    /// laying out its tab, and ten moving keys asked for it on every frame.
    var bindings: Keymap<DeckAction> {
        var counted: Bool?
        func listIsEmpty() -> Bool {
            if let counted { return counted }
            let empty = currentCount == 0
            counted = empty
            return empty
        }
        return DeckKeymap.keymap(for: context).disabling { refusal(for: $0, listIsEmpty: listIsEmpty()) }
    }

    /// Bindings offered here, in hints and help: those that can act for this user.
    var keymap: Keymap<DeckAction> { bindings.enabled }

    /// The filter scope of the list on screen.
    var filterScope: String {
        switch route {
        case .portfolio: "portfolio"
        case .pilot: "pilot.\(tab.rawValue)"
        case .tools: "tools"
        case .people: "people"
        case .oversight: "oversight"
        case .audit: "audit"
        case .alerts: "alerts"
        }
    }

    var filterText: String { filters[filterScope] ?? "" }

    // MARK: - Derived lists

    /// The portfolio rows after the clinician scope, the filter and the sort.
    var visiblePilots: [Pilot] {
        let needle = (filters["portfolio"] ?? "").lowercased()
        let inputs = PortfolioOrder.Inputs(
            pilots: pilotsStamp, insights: sort == .readiness ? insightsStamp : 0, filter: needle, sort: sort, mineOnly: mineOnly)
        return portfolioOrder.rows(for: inputs) { orderedPilots(needle) }
    }

    private func orderedPilots(_ needle: String) -> [Pilot] {
        let rows = pilots.filter { pilot in
            (!mineOnly || minePilotIDs.contains(pilot.id ?? -1))
                && (needle.isEmpty
                    || [pilot.key, pilot.name, pilot.useCase, pilot.toolKey, pilot.stage.rawValue, pilot.status.rawValue]
                        .contains { $0.lowercased().contains(needle) })
        }
        switch sort {
        case .key: return rows
        case .stage: return Self.sorted(rows, descending: true) { Stage.allCases.firstIndex(of: $0.stage)! }
        case .status: return Self.sorted(rows, descending: false) { $0.status.rawValue }
        case .readiness:
            return Self.sorted(rows, descending: true) { pilot in
                insights[pilot.id ?? 0].map { $0.readiness.metCount * 100 / max($0.readiness.criteria.count, 1) } ?? -1
            }
        }
    }

    /// Sorts by `rank` (each computed once), then by key, which keeps the order stable.
    private static func sorted<Rank: Comparable>(_ rows: [Pilot], descending: Bool, by rank: (Pilot) -> Rank) -> [Pilot] {
        rows.map { (rank($0), $0) }.sorted { lhs, rhs in
            if lhs.0 != rhs.0 { return descending ? lhs.0 > rhs.0 : lhs.0 < rhs.0 }
            return descending ? lhs.1.key > rhs.1.key : lhs.1.key < rhs.1.key
        }.map(\.1)
    }

    /// Board columns: pilots of each stage, in the portfolio's order.
    var boardColumns: [[Pilot]] {
        let rows = visiblePilots
        return Stage.allCases.map { stage in rows.filter { $0.stage == stage } }
    }

    static func matches(_ needle: String, _ fields: [String]) -> Bool {
        needle.isEmpty || fields.contains { $0.lowercased().contains(needle.lowercased()) }
    }

    var visibleTools: [Tool] {
        tools.filter { Self.matches(filterText, [$0.key, $0.name, $0.vendor, $0.hosting.rawValue, $0.vetting.rawValue]) }
    }

    var visiblePeople: [Person] {
        people.filter { Self.matches(filterText, [$0.login, $0.name, $0.email, $0.department] + $0.roles.map(\.rawValue)) }
    }

    var visibleOversight: [OversightItem] {
        oversight.filter { Self.matches(filterText, [$0.kind.rawValue, $0.subject, $0.detail]) }
    }

    var visibleAlerts: [Alert] {
        alerts.filter { Self.matches(filterText, [$0.kind.rawValue, $0.pilot ?? "", $0.subject, $0.detail]) }
    }

    var visibleFeedback: [Feedback] {
        guard !filterText.isEmpty else { return detail?.feedback ?? [] }
        return (detail?.feedback ?? []).filter {
            Self.matches(filterText, [$0.category.rawValue, String($0.rating), $0.text, $0.authorLogin] + $0.tags.map(\.rawValue))
        }
    }

    /// Rows in the list on screen, for cursor bounds.
    var currentCount: Int {
        switch route {
        case .portfolio: board ? boardColumns[boardColumn].count : visiblePilots.count
        case .tools: visibleTools.count
        case .people: visiblePeople.count
        case .oversight: visibleOversight.count
        case .alerts: visibleAlerts.count
        case .audit: audit.total
        case .pilot: pilotTabCount
        }
    }

    var pilotTabCount: Int {
        guard let detail else { return 0 }
        switch tab {
        case .overview: return PilotOverview.scrollPositions(detail, area: DeckLayout.body(of: self))
        case .scope: return detail.catalogue.count
        case .metrics: return detail.metrics.count
        case .feedback: return visibleFeedback.count
        case .risks: return detail.risks.count
        case .incidents: return detail.incidents.count
        case .decisions: return detail.readiness.criteria.count + detail.decisions.count
        case .audit: return detail.audit.count
        }
    }

    /// The pilot with this key, in any case.
    func pilot(named key: String) -> Pilot? {
        pilots.first { $0.key.caseInsensitiveCompare(key) == .orderedSame }
    }

    /// The pilot the user means: the open one, or the selected portfolio row.
    var currentPilot: Pilot? {
        if let detail, case .pilot = route { return detail.pilot }
        if route == .portfolio {
            if board { return boardColumns[boardColumn][safe: portfolioCursor.selection] }
            return visiblePilots[safe: portfolioCursor.selection]
        }
        return nil
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
