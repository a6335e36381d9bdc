/// Editable text and a cursor, shared by `TextField` and `TextArea`.
///
/// The cursor counts grapheme clusters (`Character`s), so "é", "日" and "👍🏽" are each one step;
/// a combining mark typed after a letter joins it. A single-line buffer turns newlines into spaces.
/// The only selection is the whole text (`selectAll`), so that typing replaces a default value.
public struct TextBuffer: Hashable, Sendable {
    public private(set) var value: String
    /// 0...value.count, in characters.
    public private(set) var cursor: Int
    public let isMultiline: Bool
    /// The whole text is selected: the next character typed replaces it, a deletion clears it,
    /// and a move drops the selection (Left to the start, Right to the end).
    public private(set) var isAllSelected = false

    /// The cursor starts at the end.
    public init(_ value: String = "", multiline: Bool = false) {
        isMultiline = multiline
        self.value = ""
        cursor = 0
        setValue(value)
    }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setValue(_ newValue: String) {
        value = normalized(newValue)
        cursor = value.count
        isAllSelected = false
    }

    /// Selects the whole text, if there is any, with the cursor at its end.
    public mutating func selectAll() {
        isAllSelected = !value.isEmpty
        cursor = value.count
    }

    public mutating func deselect() {
        isAllSelected = false
    }

    // MARK: - Keys

    /// Applies an editing key and reports whether it was used. Enter inserts a newline only in a
    /// multi-line buffer; Up/Down are used only when there is a line to move to.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if isAllSelected { return handleSelected(key) }
        switch key {
        case .char(let character): insert(String(character))
        case .enter where isMultiline: insert("\n")
        case .backspace: deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToLineStart()
        case .end, .ctrl("e"): moveToLineEnd()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .ctrl("u"): deleteToLineStart()
        case .ctrl("k"): deleteToLineEnd()
        case .ctrl("w"): deleteWordBackward()
        case .up where isMultiline: return moveVertically(by: -1)
        case .down where isMultiline: return moveVertically(by: 1)
        default: return false
        }
        return true
    }

    /// A key while the whole text is selected: typing replaces it, deleting clears it, Left and
    /// Right collapse the selection to the start or the end, and other keys act on the text.
    private mutating func handleSelected(_ key: KeyEvent) -> Bool {
        isAllSelected = false
        switch key {
        case .char, .backspace, .delete, .ctrl("d"), .ctrl("u"), .ctrl("k"), .ctrl("w"):
            setValue("")
            if case .char = key { return handle(key) }
        case .left, .ctrl("b"): cursor = 0
        case .right, .ctrl("f"): cursor = value.count
        default:
            guard handle(key) else {
                isAllSelected = true
                return false
            }
        }
        return true
    }

    // MARK: - Editing

    public mutating func insert(_ text: String) {
        replace(cursor..<cursor, with: normalized(text))
    }

    public mutating func deleteBackward() {
        if cursor > 0 { replace((cursor - 1)..<cursor, with: "") }
    }

    public mutating func deleteForward() {
        if cursor < value.count { replace(cursor..<(cursor + 1), with: "") }
    }

    /// Ctrl-u: deletes from the start of the line to the cursor.
    public mutating func deleteToLineStart() {
        replace(lineStart..<cursor, with: "")
    }

    /// Ctrl-k: deletes from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        replace(cursor..<lineEnd, with: "")
    }

    /// Ctrl-w: deletes the word before the cursor.
    public mutating func deleteWordBackward() {
        replace(wordStart(before: cursor)..<cursor, with: "")
    }

    // MARK: - Moving

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(value.count, cursor + 1) }
    public mutating func moveToLineStart() { cursor = lineStart }
    public mutating func moveToLineEnd() { cursor = lineEnd }
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    public mutating func moveWordRight() {
        let characters = Array(value)
        var index = cursor
        while index < characters.count && !Self.isWord(characters[index]) { index += 1 }
        while index < characters.count && Self.isWord(characters[index]) { index += 1 }
        cursor = index
    }

    /// Moves to the same display column of the previous (-1) or next (+1) line; false at the edge.
    public mutating func moveVertically(by direction: Int) -> Bool {
        let lines = self.lines
        guard let current = lines.lastIndex(where: { $0.start <= cursor }) else { return false }
        let target = current + direction
        guard lines.indices.contains(target) else { return false }
        let column = DisplayWidth.of(lines[current].text.prefix(cursor - lines[current].start))
        cursor = lines[target].start + lines[target].text.prefix(columns: column).count
        return true
    }

    // MARK: - Lines and words

    /// Each line's text and the character offset where it starts.
    public var lines: [(start: Int, text: String)] {
        var result: [(start: Int, text: String)] = []
        var start = 0
        for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append((start, String(line)))
            start += line.count + 1
        }
        return result
    }

    private var lineStart: Int {
        let characters = Array(value)
        var index = cursor
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private var lineEnd: Int {
        let characters = Array(value)
        var index = cursor
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }

    private func wordStart(before offset: Int) -> Int {
        let characters = Array(value)
        var index = offset
        while index > 0 && !Self.isWord(characters[index - 1]) { index -= 1 }
        while index > 0 && Self.isWord(characters[index - 1]) { index -= 1 }
        return index
    }

    private static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    // MARK: - Storage

    private mutating func replace(_ range: Range<Int>, with text: String) {
        let characters = Array(value)
        let head = String(characters[..<range.lowerBound]) + text
        value = head + String(characters[range.upperBound...])
        cursor = min(head.count, value.count)
    }

    /// Every line break becomes "\n" (multi-line) or a space (single line).
    private func normalized(_ text: String) -> String {
        let lineBreak: Character = isMultiline ? "\n" : " "
        return String(text.map { $0.isNewline ? lineBreak : $0 })
    }
}
