/// The bottom line: key hints on the left; a message, the user and role, and the database on the
/// right. The right side leaves room for the first hint (when that takes at most half the line);
/// beyond that the database goes first, then the user, then the message is truncated. Hints that
/// do not fit are left out.
public struct StatusBar: Widget {
    public enum MessageKind: Hashable, Sendable {
        case info, ok, warn, bad
    }

    public var hints: [StatusHint]
    public var user: String?
    public var role: String?
    public var database: String?
    public var message: String?
    public var messageKind: MessageKind

    public init(hints: [StatusHint], user: String? = nil, role: String? = nil, database: String? = nil,
                message: String? = nil, messageKind: MessageKind = .info) {
        self.hints = hints
        self.user = user
        self.role = role
        self.database = database
        self.message = message
        self.messageKind = messageKind
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let line = Rect(x: area.minX, y: area.minY, width: area.width, height: min(1, area.height))
        guard !line.isEmpty else { return }
        canvas.fill(line, style: theme.statusBar)
        let inner = line.inset(left: 1, right: 1)
        let firstHint = hints.first.map { $0.displayWidth + StatusHint.spacing } ?? 0
        let reserve = firstHint <= inner.width / 2 ? firstHint : 0
        var parts = rightParts(theme: theme)
        while parts.count > 1 && width(of: parts) > inner.width - reserve {
            parts.removeLast()
        }
        if let only = parts.first, parts.count == 1 {
            parts[0].text = only.text.truncated(toWidth: max(0, inner.width - reserve))
        }
        let rightWidth = width(of: parts)
        var x = inner.maxX - rightWidth
        for (index, part) in parts.enumerated() {
            if index > 0 {
                x = canvas.write(" │ ", x: x, y: line.minY, style: theme.statusBar)
            }
            x = canvas.write(part.text, x: x, y: line.minY, style: part.style)
        }
        let hintWidth = inner.width - rightWidth - (rightWidth > 0 ? StatusHint.spacing : 0)
        x = inner.minX
        for hint in StatusHint.fitting(hints, maxWidth: hintWidth) {
            x = canvas.write(hint.keys, x: x, y: line.minY, style: theme.statusKey)
            x = canvas.write(" " + hint.hint, x: x, y: line.minY, style: theme.statusBar) + StatusHint.spacing
        }
    }

    /// In the order they are given up: message last.
    private func rightParts(theme: Theme) -> [(text: String, style: Style)] {
        var parts: [(text: String, style: Style)] = []
        if let message, !message.isEmpty {
            parts.append((message, messageStyle(theme: theme)))
        }
        let identity = [user, role.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        if !identity.isEmpty {
            parts.append((identity, theme.statusBar))
        }
        if let database, !database.isEmpty {
            parts.append((database, theme.statusBar))
        }
        return parts
    }

    private func width(of parts: [(text: String, style: Style)]) -> Int {
        parts.map(\.text.displayWidth).reduce(0, +) + max(0, parts.count - 1) * 3
    }

    private func messageStyle(theme: Theme) -> Style {
        switch messageKind {
        case .info: theme.statusBar
        case .ok: theme.ok
        case .warn: theme.warn
        case .bad: theme.bad
        }
    }
}
