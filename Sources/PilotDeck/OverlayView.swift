import PilotKit
import TerminalKit

/// Help, palette, forms and questions, drawn over the screen.
enum OverlayView {
    static func render(_ state: AppState, into canvas: inout Canvas, theme: Theme) {
        let screen = canvas.bounds.inset(top: 1, bottom: 1)
        switch state.overlay {
        case .help(let scroll):
            let area = screen.centered(width: min(screen.width - 2, 90), height: screen.height)
            let overlay = HelpOverlay(sections: state.keymap.helpSections, title: "Keys — \(state.route.title) (any key closes)", scrollOffset: scroll)
            canvas.render(HelpOverlay(sections: overlay.sections, title: overlay.title, scrollOffset: min(scroll, overlay.maxScrollOffset(in: area))), in: area, theme: theme)
        case .palette(let palette):
            paletteBox(palette, state: state, into: &canvas, screen: screen, theme: theme)
        case .form(let session):
            form(session, into: &canvas, screen: screen, theme: theme)
        case .confirm(let confirmation):
            canvas.render(Modal(title: confirmation.title, body: confirmation.body, buttons: ["y: yes", "n: no"]), in: screen, theme: theme)
        case .notice(let title, let body):
            canvas.render(Modal(title: title, body: body, buttons: ["any key: close"], maxTextWidth: min(76, screen.width - 6)), in: screen, theme: theme)
        case nil:
            break
        }
    }

    static func paletteBox(_ palette: Palette, state: AppState, into canvas: inout Canvas, screen: Rect, theme: Theme) {
        let choices = Array(palette.completions(pilotKeys: state.pilots.map(\.key)).prefix(8))
        let box = Rect(x: screen.minX + 2, y: screen.minY + 1, width: min(screen.width - 4, 60), height: 3 + choices.count)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: "Command (Tab completes, Enter runs, Esc closes)", kind: .rounded, style: theme.focusedBorder)
        canvas.write(":", x: inner.minX, y: inner.minY, style: theme.accent)
        canvas.render(palette.input, in: Rect(x: inner.minX + 1, y: inner.minY, width: inner.width - 1, height: 1), theme: theme)
        for (index, choice) in choices.enumerated() {
            canvas.write(choice, x: inner.minX + 1, y: inner.minY + 1 + index, style: index == palette.selection ? theme.selected : theme.muted, clippedTo: inner)
        }
    }

    static func form(_ session: FormSession, into canvas: inout Canvas, screen: Rect, theme: Theme) {
        let fieldsHeight = session.form.fields.reduce(0) { $0 + $1.inputHeight + ($1.error == nil ? 0 : 1) }
        let width = min(screen.width - 2, 84)
        let height = min(screen.height, fieldsHeight + 4)
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
        canvas.render(session.form, in: inner.inset(bottom: 1), theme: theme)
        let footer = session.error.map { "✗ \($0)" } ?? "Tab/↑↓ move  ←→ choose  Space toggle  Ctrl-s save  Esc cancel"
        canvas.write(footer, x: inner.minX, y: inner.maxY - 1, style: session.error == nil ? theme.muted : theme.bad, clippedTo: inner)
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
