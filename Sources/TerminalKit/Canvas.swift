/// A grid of cells that screens render into; terminals diff and flush it.
///
/// Writes clip to the canvas (and to an optional rectangle), never split a wide character, and
/// never store a control character (see `String.sanitizedForTerminal`). Zero-width clusters
/// (a lone combining mark, a zero-width space) are dropped.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a focused text field), or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size, style: Style = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    // MARK: - Drawing

    /// Writes one line of text starting at `point`, clipped to the canvas and to `clip`.
    /// Returns the column just after the text (as if nothing were clipped), for chaining.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, clippedTo clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        let visibleRow = point.y >= area.minY && point.y < area.maxY
        var column = point.x
        if Self.isPrintableASCII(text) {
            for byte in text.utf8 {
                if visibleRow && column >= area.minX && column < area.maxX {
                    put(Self.asciiGraphemes[Int(byte)], width: 1, style: style, x: column, y: point.y)
                }
                column += 1
            }
            return column
        }
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            if visibleRow && column >= area.minX && column + width <= area.maxX {
                put(String(TerminalSafety.displayable(character)), width: width, style: style, x: column, y: point.y)
            }
            column += width
        }
        return column
    }

    /// Printable ASCII is one cell per byte: screens are mostly that, and measuring each
    /// character's Unicode properties dominated rendering.
    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Writes one line of text starting at column `x` of row `y`.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clippedTo clip: Rect? = nil) -> Int {
        write(text, at: Point(x: x, y: y), style: style, clippedTo: clip)
    }

    /// Fills `rect` with `character` (a space unless given) in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let width = DisplayWidth.of(character)
        guard width > 0 else { return }
        let glyph = String(TerminalSafety.displayable(character))
        for y in area.minY..<area.maxY {
            var x = area.minX
            while x + width <= area.maxX {
                put(glyph, width: width, style: style, x: x, y: y)
                x += width
            }
        }
    }

    // MARK: - Reading (tests and golden screens)

    /// Each row as text, trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                line += self[x, y].grapheme
            }
            while line.last == " " {
                line.removeLast()
            }
            return line
        }
    }

    /// The rows joined with newlines, trailing spaces removed from each.
    public var text: String { lines().joined(separator: "\n") }

    // MARK: - Cell storage

    /// Stores a cluster at (x, y); blanks the remains of any wide character it partly covers.
    private mutating func put(_ grapheme: String, width: Int, style: Style, x: Int, y: Int) {
        let row = y * self.width
        if cells[row + x].isContinuation {
            var lead = x - 1
            while lead > 0 && cells[row + lead].isContinuation {
                lead -= 1
            }
            let leadStyle = cells[row + lead].style
            for column in lead..<x {
                cells[row + column] = .blank(leadStyle)
            }
        }
        var after = x + width
        while after < self.width && cells[row + after].isContinuation {
            cells[row + after] = .blank(cells[row + after].style)
            after += 1
        }
        cells[row + x] = Cell(grapheme: grapheme, width: width, style: style)
        for column in (x + 1)..<(x + width) {
            cells[row + column] = .continuation(style)
        }
    }
}
