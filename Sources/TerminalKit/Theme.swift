import Foundation

/// Semantic styles: widgets and screens ask for a role, never for a colour.
public struct Theme: Hashable, Sendable {
    /// Ordinary text.
    public var normal: Style
    /// Secondary text: placeholders, hints, empty states.
    public var muted: Style
    /// Table headers and form labels.
    public var header: Style
    /// Box and screen titles.
    public var title: Style
    /// The selected row or item in the focused pane.
    public var selected: Style
    /// The selected row or item in a pane without focus.
    public var selectedUnfocused: Style
    /// Emphasis: the focused field's label, the active tab.
    public var accent: Style
    /// Box borders.
    public var border: Style
    /// The focused pane's border.
    public var focusedBorder: Style
    /// Good news: targets met, gates passed.
    public var ok: Style
    /// Needs attention.
    public var warn: Style
    /// Failures, refusals, validation errors, open high incidents.
    public var bad: Style
    /// Neutral information.
    public var info: Style
    /// The current stage, matches of a filter.
    public var highlight: Style
    /// The status bar line.
    public var statusBar: Style
    /// Key names inside the status bar.
    public var statusKey: Style
    /// Editable text.
    public var input: Style
    /// Heat map cells by risk score: low (1-4), medium (5-9), high (10-25).
    public var riskLow: Style
    public var riskMedium: Style
    public var riskHigh: Style
    /// Likert segments for ratings 1 to 5, in order.
    public var ratings: [Style]

    /// The style for a 1...5 rating (clamped).
    public func rating(_ value: Int) -> Style {
        ratings[min(max(value, 1), ratings.count) - 1]
    }

    /// Colours on the terminal's default background.
    public static let color = Theme(
        normal: .plain,
        muted: Style(foreground: .gray),
        header: Style(foreground: .cyan, bold: true),
        title: Style(bold: true),
        selected: Style(foreground: .black, background: .cyan),
        selectedUnfocused: Style(underline: true),
        accent: Style(foreground: .cyan, bold: true),
        border: Style(foreground: .gray),
        focusedBorder: Style(foreground: .cyan),
        ok: Style(foreground: .green),
        warn: Style(foreground: .yellow),
        bad: Style(foreground: .red, bold: true),
        info: Style(foreground: .blue),
        highlight: Style(foreground: .yellow, bold: true),
        statusBar: Style(foreground: .white, background: .blue),
        statusKey: Style(foreground: .yellow, background: .blue, bold: true),
        input: Style(underline: true),
        riskLow: Style(foreground: .black, background: .green),
        riskMedium: Style(foreground: .black, background: .yellow),
        riskHigh: Style(foreground: .white, background: .red, bold: true),
        ratings: [
            Style(foreground: .black, background: .red),
            Style(foreground: .black, background: .yellow),
            Style(foreground: .black, background: .white),
            Style(foreground: .black, background: .cyan),
            Style(foreground: .black, background: .green),
        ]
    )

    /// For NO_COLOR and monochrome terminals: bold, underline and reverse only.
    public static let mono = Theme(
        normal: .plain,
        muted: .plain,
        header: Style(bold: true, underline: true),
        title: Style(bold: true),
        selected: Style(reverse: true),
        selectedUnfocused: Style(underline: true),
        accent: Style(bold: true),
        border: .plain,
        focusedBorder: Style(bold: true),
        ok: .plain,
        warn: Style(bold: true),
        bad: Style(bold: true, underline: true),
        info: .plain,
        highlight: Style(bold: true, underline: true),
        statusBar: Style(reverse: true),
        statusKey: Style(bold: true, reverse: true),
        input: Style(underline: true),
        riskLow: .plain,
        riskMedium: Style(underline: true),
        riskHigh: Style(bold: true, reverse: true),
        ratings: [
            Style(reverse: true), .plain, Style(reverse: true), .plain, Style(reverse: true),
        ]
    )

    /// `mono` when NO_COLOR is set to anything non-empty (https://no-color.org) or TERM is
    /// `dumb`, else `color`.
    public static func forEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Theme {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return noColor || environment["TERM"] == "dumb" ? .mono : .color
    }
}
