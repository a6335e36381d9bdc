extension String {
    /// Word-wraps sanitised text into lines of at most `width` columns. Existing line breaks are
    /// kept; a word longer than a line is broken across lines.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word).sanitizedForTerminal
                if !line.isEmpty && line.displayWidth + 1 + word.displayWidth <= width {
                    line += " " + word
                    continue
                }
                if !line.isEmpty {
                    lines.append(line)
                }
                while word.displayWidth > width {
                    var piece = word.prefix(columns: width)
                    if piece.isEmpty, let first = word.first {
                        piece = String(first)
                    }
                    lines.append(piece)
                    word.removeFirst(piece.count)
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}
