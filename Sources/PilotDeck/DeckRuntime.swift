import Foundation
import PilotKit
import PilotStore

import TerminalKit

/// Carries out effects against the store (and the report writers), folding results into state.
/// The TUI's only I/O besides the terminal.
public final class DeckRuntime {
    let database: PilotDatabase
    let ledger: Ledger?
    let loader: DeckLoader
    let clock: @Sendable () -> Date
    /// The audit head last seen, to notice writes by other processes.
    private(set) var seenHead: Int64 = -1
    /// The audit head when the pilot list was read: returning to the portfolio rereads it only
    /// when something was written since.
    private var pilotsHead: Int64?
    /// Computes the insights of rows off screen in the background; nil computes them as needed.
    private let prefetcher: InsightPrefetcher?
    private var prefetchStarted = false
    /// What the prefetcher is to compute once the frame that asked for it is drawn.
    private var pendingPrefetch: (pilots: [Pilot], today: Day)?
    /// Says when another process may have written, so that an idle dashboard asks the database
    /// only then (and after `fallback` at the latest).
    private let changes: any ChangeFeed
    private var lastLook = ContinuousClock.now

    /// `prefetchesInsights` is for the interactive dashboard; tests and scripts leave it off so
    /// every insight is computed, deterministically, before `run` returns.
    public init(
        database: PilotDatabase, ledger: Ledger?, clock: @escaping @Sendable () -> Date = { Date() },
        prefetchesInsights: Bool = false
    ) {
        self.database = database
        self.ledger = ledger
        self.clock = clock
        loader = DeckLoader(database: database, today: { Day(clock()) }, now: clock)
        prefetcher = prefetchesInsights ? InsightPrefetcher(database: database) : nil
        changes = database.changeFeed()
    }

    deinit { prefetcher?.cancel() }

    /// Whether background work may still change the screen; the dashboard polls sooner then.
    public var isPrefetching: Bool { prefetcher?.isBusy ?? false }

    /// The first state: the user's home screen, loaded.
    public func start(session: Session, size: Size, playbookKeys: [String]) -> AppState {
        var state = AppState(session: session, size: size)
        state.playbookKeys = playbookKeys
        run([.load(.portfolio)], on: &state)
        _ = try? loader.load(.tools, into: &state)
        return state
    }

    /// Runs `effects`, then notices whether the audit head moved. A key that needs nothing from
    /// the database asks it nothing: over a WAN every read is a round trip.
    public func run(_ effects: [Effect], on state: inout AppState) {
        /// The head as the last load read it, while nothing was written after.
        var knownHead: Int64?
        for effect in effects {
            do {
                switch effect {
                case .load(let route): knownHead = try load(route, into: &state)
                case .pageAudit(let offset): try loader.pageAudit(offset: offset, into: &state)
                case .verifyAudit:
                    let report = try database.verifyAudit()
                    state.audit.chainStatus = report.isIntact
                        ? "intact — \(report.entries) entries, head \(report.headSeq):\(report.headHash.prefix(16))…"
                        : "BROKEN — \(report.lines(limit: 1).first ?? "")"
                case .submit(let session):
                    knownHead = nil
                    submit(session, &state)
                case .withdrawFeedback(let id):
                    knownHead = nil
                    try withdrawFeedback(id, &state)
                }
                state.databaseBusy = false
                state.databaseUnreachable = false
            } catch StoreError.busy {
                state.databaseBusy = true
            } catch StoreError.unreachable {
                state.databaseUnreachable = true
            } catch {
                state.say(Remedy.dashboardMessage(for: error), error: true)
            }
        }
        guard !effects.isEmpty else {
            mergePrefetched(&state)
            ensureInsights(&state)
            return
        }
        let head = knownHead ?? (try? database.auditHead().seq) ?? seenHead
        if head != seenHead {
            state.insights = [:]
            prefetcher?.cancel()
            prefetchStarted = false
            pendingPrefetch = nil
            seenHead = head
        }
        mergePrefetched(&state)
        ensureInsights(&state)
    }

    /// Reads what `route` shows; the pilot list only when the audit head moved since it was read.
    /// Returns the head it read first.
    private func load(_ route: Route, into state: inout AppState) throws -> Int64 {
        let head = try database.auditHead().seq
        let pilotsAreCurrent = !state.pilots.isEmpty && pilotsHead == head
        // The loader reads the pilot list for the portfolio, and for a pilot when it has none.
        let readsPilots = !pilotsAreCurrent && (route == .portfolio || state.pilots.isEmpty)
        try loader.load(route, into: &state, pilotsAreCurrent: pilotsAreCurrent, head: head)
        if readsPilots { pilotsHead = head }
        return head
    }

    /// Insights kept until the audit head moves, so moving around costs nothing. The rows on
    /// screen are computed at once when nothing is on its way (the first frame is complete);
    /// with a prefetcher the rest follow in the background, nearest first.
    func ensureInsights(_ state: inout AppState) {
        guard state.route == .portfolio else { return }
        let rows = state.visibleRows
        let onScreen = state.board
            ? state.boardColumns.flatMap { $0.prefix(rows) }
            : Array(state.visiblePilots.dropFirst(state.portfolioCursor.offset).prefix(rows))
        let ids = onScreen.compactMap(\.id).filter { state.insights[$0] == nil }
        if !ids.isEmpty && !isPrefetching { try? loader.insights(ids, into: &state) }
        guard prefetcher != nil, !prefetchStarted else { return }
        prefetchStarted = true
        let visible = state.visiblePilots
        let shown = Set(visible.compactMap(\.id))
        let rest = (visible + state.pilots.filter { !shown.contains($0.id ?? -1) }).filter { state.insights[$0.id ?? -1] == nil }
        if !rest.isEmpty { pendingPrefetch = (rest, loader.today()) }
    }

    /// Starts the background work the frame just drawn left waiting. Until then the prefetcher,
    /// and the server answering it, would share two cores with drawing that frame: the first
    /// frame took longer by the work of the pilots off screen.
    public func frameDrawn() {
        guard let prefetcher, let pending = pendingPrefetch else { return }
        pendingPrefetch = nil
        prefetcher.start(pending.pilots, today: pending.today)
    }

    /// Folds in what the prefetcher computed since the last look; true when anything arrived.
    @discardableResult
    func mergePrefetched(_ state: inout AppState) -> Bool {
        guard let arrived = prefetcher?.take(), !arrived.isEmpty else { return false }
        state.insights.merge(arrived) { _, new in new }
        return true
    }

    /// Reloads the screen when another process (a second TUI, the CLI) has written.
    public func refreshIfChanged(_ state: inout AppState) -> Bool {
        let now = ContinuousClock.now
        guard changes.hasChanges() || now - lastLook >= changes.fallback else { return mergePrefetched(&state) }
        lastLook = now
        let head: Int64
        do {
            head = try database.auditHead().seq
        } catch StoreError.unreachable {
            state.databaseUnreachable = true
            return true
        } catch {
            state.databaseBusy = true
            return true
        }
        if state.databaseUnreachable || state.databaseBusy {
            state.databaseUnreachable = false
            state.databaseBusy = false
            if head == seenHead { return true }
        }
        guard head != seenHead else { return mergePrefetched(&state) }
        var effects: [Effect] = [.load(state.route)]
        if state.route != .portfolio { effects.append(.load(.portfolio)) }
        run(effects, on: &state)
        return true
    }

    // MARK: - Forms

    func submit(_ session: FormSession, _ state: inout AppState) {
        if let refusal = state.refusal(for: session.kind) {
            state.overlay = nil
            state.say(refusal, error: true)
            return
        }
        do {
            let outcome = try FormSubmission(ledger: ledger, database: database, clock: clock).perform(session)
            state.overlay = outcome.followUp.map { .confirm($0) }
            state.say(outcome.message)
            run([.load(state.route)] + (state.route == .portfolio ? [] : [.load(.portfolio)]), on: &state)
        } catch {
            var failed = session
            failed.preview = nil
            failed.error = Text.sanitized(Remedy.dashboardMessage(for: error), max: 300)
            if let field = error as? FieldError { failed.form.setError(field.message, for: FieldID(field.field)) }
            state.overlay = .form(failed)
        }
    }
}
