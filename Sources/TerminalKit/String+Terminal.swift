// MARK: - Measuring, sanitising, truncating

extension String {
    /// Terminal columns this text occupies (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text with every grapheme cluster that holds a control character (C0, DEL, C1, ESC,
    /// bidi overrides) replaced by U+FFFD, so it cannot move the cursor or reprogram the terminal.
    public var sanitizedForTerminal: String {
        guard !DisplayWidth.isPrintableASCII(self), unicodeScalars.contains(where: TerminalSafety.isUnsafe) else { return self }
        return String(map(TerminalSafety.displayable))
    }

    /// Sanitised text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// A wide character that would straddle the limit is dropped, never split.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        let text = sanitizedForTerminal
        guard width > 0 else { return "" }
        if text.displayWidth <= width {
            return text
        }
        let marker = ellipsis.displayWidth <= width ? ellipsis.sanitizedForTerminal : ""
        return text.prefix(columns: width - marker.displayWidth) + marker
    }

    /// Sanitised text truncated to `width` columns and padded with spaces to exactly `width`
    /// columns, placed by `alignment`.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let text = truncated(toWidth: width)
        let gap = max(0, width - text.displayWidth)
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// The longest prefix that fits in `columns`.
    func prefix(columns: Int) -> String {
        if DisplayWidth.isPrintableASCII(self) { return String(decoding: utf8.prefix(max(0, columns)), as: UTF8.self) }
        var used = 0
        var result = ""
        for character in self {
            let width = DisplayWidth.of(character)
            if used + width > columns {
                break
            }
            used += width
            result.append(character)
        }
        return result
    }

    /// The text without leading and trailing whitespace.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
