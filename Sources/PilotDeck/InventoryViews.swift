import PilotKit
import PilotStore
import TerminalKit

/// The tools inventory, the people directory, the oversight queue and the alerts.
enum InventoryViews {
    static func tools(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let tools = state.visibleTools
        let rows = tools.map { t -> Table.Row in
            let problems = t.contractProblems
            return Table.Row([
                .init(t.key, style: theme.accent), .init(t.name), .init(t.vendor), .init("\(t.model) \(t.version)"),
                .init(t.hosting.rawValue, style: t.hosting == .publicConsumer ? theme.bad : nil),
                .init(t.hosting.isVendorRun ? (t.baaSigned ? "yes" : "NO") : "n/a", style: t.hosting.isVendorRun && !t.baaSigned ? theme.bad : theme.muted),
                .init(t.hosting.isVendorRun ? (t.noTrainingClause ? "yes" : "NO") : "n/a", style: t.hosting.isVendorRun && !t.noTrainingClause ? theme.bad : theme.muted),
                .init(t.vetting.rawValue, style: t.vetting.isApproved ? theme.ok : t.vetting == .rejected ? theme.bad : theme.warn),
                .init(problems.isEmpty ? "" : problems.joined(separator: "; "), style: theme.bad),
            ])
        }
        var table = Table(
            columns: [.init("KEY", width: .fixed(12)), .init("NAME", width: .min(14)), .init("VENDOR", width: .fixed(16)),
                      .init("MODEL", width: .fixed(14)), .init("HOSTING", width: .fixed(15)), .init("BAA", width: .fixed(4)),
                      .init("NO-TRAIN", width: .fixed(8)), .init("VETTING", width: .fixed(24)), .init("RULE 1", width: .fill())],
            rows: rows, selectedRow: rows.isEmpty ? nil : state.toolCursor.selection, scrollOffset: state.toolCursor.offset)
        table.emptyMessage = "No tools. a adds one."
        canvas.render(table, in: area, theme: theme)
    }

    static func people(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let domains = state.organizationDomains
        let rows = state.visiblePeople.map { p -> Table.Row in
            let compliant = domains.isEmpty || (try? AccountPolicy(organizationDomains: domains).check(email: p.email)) != nil
            return Table.Row([
                .init(p.login, style: theme.accent), .init(p.name), .init(p.department), .init(p.roles.map(\.rawValue).joined(separator: ",")),
                .init(p.discipline?.rawValue ?? "", style: theme.muted), .init(p.email),
                .init(compliant ? "org account" : "NOT ORG", style: compliant ? theme.ok : theme.bad),
            ])
        }
        let table = Table(
            columns: [.init("LOGIN", width: .fixed(12)), .init("NAME", width: .min(16)), .init("DEPARTMENT", width: .fixed(18)),
                      .init("ROLES", width: .fixed(22)), .init("DISCIPLINE", width: .fixed(16)), .init("E-MAIL", width: .fill()),
                      .init("ACCOUNT", width: .fixed(11))],
            rows: rows, selectedRow: rows.isEmpty ? nil : state.peopleCursor.selection, scrollOffset: state.peopleCursor.offset)
        canvas.render(table, in: area, theme: theme)
    }

    static func oversight(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let rows = state.visibleOversight.map { item in
            Table.Row([.init(item.kind.rawValue, style: theme.accent), .init(item.subject), .init(item.detail, style: theme.muted)])
        }
        var table = Table(
            columns: [.init("AWAITS", width: .fixed(10)), .init("SUBJECT", width: .min(24)), .init("DETAIL", width: .fill())],
            rows: rows, selectedRow: rows.isEmpty ? nil : state.oversightCursor.selection, scrollOffset: state.oversightCursor.offset)
        table.emptyMessage = "Nothing awaits the oversight team."
        canvas.render(table, in: area, theme: theme)
    }

    /// What `pilotdeck alerts` lists; Enter opens the pilot (or, for a tool, the inventory).
    static func alerts(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let rows = state.visibleAlerts.map { alert in
            Table.Row([
                .init(alert.kind.rawValue, style: alert.kind == .safeguard ? theme.bad : theme.warn), .init(alert.pilot ?? "", style: theme.accent),
                .init(alert.subject), .init(alert.detail, style: theme.muted),
            ])
        }
        var table = Table(
            columns: [.init("ALERT", width: .fixed(18)), .init("PILOT", width: .fixed(11)), .init("SUBJECT", width: .fixed(16)),
                      .init("DETAIL", width: .fill())],
            rows: rows, selectedRow: rows.isEmpty ? nil : state.alertCursor.selection, scrollOffset: state.alertCursor.offset)
        table.emptyMessage = "Nothing needs attention."
        canvas.render(table, in: area, theme: theme)
    }
}

/// The audit log, windowed from SQL, with the chain's status.
enum AuditView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let ok = state.audit.chainStatus.hasPrefix("intact")
        let end = canvas.write(
            "Chain: \(state.audit.chainStatus)", x: area.minX + 1, y: area.minY, style: ok ? theme.ok : theme.warn, clippedTo: area)
        if state.filters["audit"] != nil {
            let found = state.audit.isComplete ? "\(state.audit.total) matches" : "\(state.audit.total - 1)+ matches"
            canvas.write("  · \(found)", x: end, y: area.minY, style: theme.muted, clippedTo: area)
        }
        table(state.audit.entries, total: state.audit.total, offset: state.audit.offset, cursor: state.auditCursor,
              into: &canvas, area: area.inset(top: 1), theme: theme)
    }

    static func table(_ entries: [AuditEntry], total: Int, offset: Int, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let rows = entries.map { e -> Table.Row in
            let who = e.osLogin == e.personLogin ? e.personLogin : "\(e.personLogin) (\(e.osLogin))"
            let state = String((e.after ?? e.before ?? "").prefix(200))
            let actionStyle = e.action == "delete" ? theme.bad : theme.accent
            return Table.Row([
                .init(String(e.seq), style: theme.muted), .init(Format.day(e.at)), .init(who),
                .init(e.action, style: actionStyle), .init("\(e.entity) \(e.entityID)"), .init(state, style: theme.muted),
            ])
        }
        let table = Table(
            columns: [.init("SEQ", width: .fixed(7), alignment: .right), .init("DAY", width: .fixed(10)), .init("WHO", width: .fixed(16)),
                      .init("ACTION", width: .fixed(6)), .init("ENTITY", width: .fixed(18)), .init("STATE", width: .fill())],
            rows: rows, firstRowIndex: offset, totalRows: total, selectedRow: total == 0 ? nil : cursor.selection, scrollOffset: cursor.offset)
        canvas.render(table, in: area, theme: theme)
    }
}
