import PilotKit
import TerminalKit

/// Help, palette, forms and questions, drawn over the screen.
enum OverlayView {
    static func render(_ state: AppState, into canvas: inout Canvas, theme: Theme) {
        let screen = DeckLayout(size: state.size).overlay
        switch state.overlay {
        case .help(let scroll):
            var (overlay, area) = help(state)
            overlay.scrollOffset = min(scroll, overlay.maxScrollOffset(in: area))
            canvas.render(overlay, in: area, theme: theme)
        case .palette(let palette):
            paletteBox(palette, state: state, into: &canvas, screen: screen, theme: theme)
        case .form(let session):
            form(session, briefing: session.kind.briefing(state), into: &canvas, screen: screen, theme: theme)
        case .confirm(let confirmation):
            canvas.render(Modal(title: confirmation.title, body: confirmation.body, buttons: ["y: yes", "n/Esc: no"]), in: screen, theme: theme)
        case .reader(let panel):
            canvas.render(panel, in: screen, theme: theme)
        case .refusal(let refusal):
            canvas.render(Modal(title: refusal.title, body: refusal.body, buttons: ["Esc: close"], maxTextWidth: min(60, screen.width - 6)), in: screen, theme: theme)
        case nil:
            break
        }
    }

    /// The help overlay's own keys, which `AppState.handleOverlay` implements.
    static let helpFooter = "↑↓ j k scroll  PgUp PgDn page  Esc q close"

    /// The help overlay for the screen on show, and the area it is drawn in.
    static func help(_ state: AppState) -> (overlay: HelpOverlay, area: Rect) {
        let screen = DeckLayout(size: state.size).overlay
        return (HelpOverlay(sections: state.keymap.helpSections, title: "Keys — \(state.route.title)", footer: helpFooter),
                screen.centered(width: min(screen.width - 2, 90), height: screen.height))
    }

    static func paletteBox(_ palette: Palette, state: AppState, into canvas: inout Canvas, screen: Rect, theme: Theme) {
        let all = palette.completions()
        // Eight at a time, scrolled to keep the one Tab reached in sight.
        let first = max(0, min(palette.selection - 7, all.count - 8))
        let choices = Array(all.dropFirst(first).prefix(8))
        let box = Rect(x: screen.minX + 2, y: screen.minY + 1, width: min(screen.width - 4, 60), height: 3 + choices.count)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: "Command (Tab completes, Enter runs, Esc closes)", kind: .rounded, style: theme.focusedBorder)
        canvas.write(":", x: inner.minX, y: inner.minY, style: theme.accent)
        canvas.render(palette.input, in: Rect(x: inner.minX + 1, y: inner.minY, width: inner.width - 1, height: 1), theme: theme)
        for (index, choice) in choices.enumerated() {
            canvas.write(choice, x: inner.minX + 1, y: inner.minY + 1 + index, style: first + index == palette.selection ? theme.selected : theme.muted, clippedTo: inner)
        }
    }

    static func form(_ session: FormSession, briefing: FormBriefing? = nil, into canvas: inout Canvas, screen: Rect, theme: Theme) {
        let fieldsHeight = session.form.fields.reduce(0) { $0 + $1.inputHeight + ($1.error == nil ? 0 : 1) }
        let width = min(screen.width - 2, 84)
        // A refusal can be long (every unmet criterion): it wraps under the fields, never cut.
        let footer = session.error.map { "✗ \($0)".wrapped(toWidth: max(1, width - 4)) }
            ?? ["Tab/↑↓ move  ←→ choose  Space toggle  Ctrl-s save  Esc cancel"]
        // The briefing and a blank line after it come before the fields, cut short where the
        // screen has no room for both.
        let briefingLines = Array((briefing?.lines ?? []).prefix(max(1, screen.height - fieldsHeight - 4 - footer.count)))
        let briefingHeight = briefingLines.isEmpty ? 0 : briefingLines.count + 1
        let height = min(screen.height, briefingHeight + fieldsHeight + 3 + footer.count)
        let box = screen.centered(width: width, height: height)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: session.kind.title, kind: .rounded, style: theme.focusedBorder, titleStyle: theme.title)
        if let preview = session.preview {
            canvas.cursor = nil
            canvas.write("Stored text after the PHI guard (placeholders highlighted):", x: inner.minX, y: inner.minY, style: theme.header, clippedTo: inner)
            highlighted(preview, into: &canvas, area: inner.inset(top: 1, bottom: 1), theme: theme)
            canvas.write("Enter/y: save   Esc/n: back to editing", x: inner.minX, y: inner.maxY - 1, style: theme.accent, clippedTo: inner)
            return
        }
        let rows = min(footer.count, max(1, inner.height - 1))
        for (index, line) in briefingLines.enumerated() {
            canvas.write(line.text.truncated(toWidth: inner.width), x: inner.minX, y: inner.minY + index, style: line.isWarning ? theme.bad : theme.header, clippedTo: inner)
        }
        canvas.render(session.form, in: inner.inset(top: briefingHeight, bottom: rows), theme: theme)
        for (index, line) in footer.prefix(rows).enumerated() {
            let cut = index == rows - 1 && footer.count > rows
            canvas.write(cut ? line.truncated(toWidth: inner.width - 1, ellipsis: "") + "…" : line, x: inner.minX, y: inner.maxY - rows + index,
                         style: session.error == nil ? theme.muted : theme.bad, clippedTo: inner)
        }
    }

    /// Writes redacted text, wrapped, with each `[KIND]` placeholder in the highlight style.
    static func highlighted(_ text: String, into canvas: inout Canvas, area: Rect, theme: Theme) {
        var y = area.minY
        for line in text.wrapped(toWidth: max(1, area.width)) where y < area.maxY {
            var x = area.minX
            var rest = Substring(line)
            while !rest.isEmpty {
                if rest.first == "[", let close = rest.firstIndex(of: "]"),
                    PHIKind.allCases.contains(where: { $0.placeholder == rest[...close] })
                {
                    x = canvas.write(String(rest[...close]), x: x, y: y, style: theme.highlight, clippedTo: area)
                    rest = rest[rest.index(after: close)...]
                } else {
                    let next = rest.dropFirst().firstIndex(of: "[") ?? rest.endIndex
                    x = canvas.write(String(rest[..<next]), x: x, y: y, style: theme.normal, clippedTo: area)
                    rest = rest[next...]
                }
            }
            y += 1
        }
    }
}
