/// The characters a terminal can show. Widgets and screens draw Unicode (box lines, `●`, `…`,
/// blocks, arrows); a terminal whose locale is not UTF-8 (`LANG=C`) gets every cell through
/// `.ascii`, as htop falls back, so nothing arrives as mojibake. Each stand-in fills the columns
/// of the glyph it replaces, so the layout is the same in both.
public enum GlyphSet: Hashable, Sendable {
    case unicode, ascii

    /// What to draw for a cell holding `grapheme`, `width` columns wide: the grapheme itself in
    /// Unicode; in ASCII, its stand-in, or `?` per column for text no stand-in exists for (an
    /// accented name, an emoji).
    public func text(for grapheme: String, width: Int) -> String {
        guard self == .ascii, !grapheme.unicodeScalars.allSatisfy(\.isASCII) else { return grapheme }
        if width == 1, let standIn = Self.standIns[grapheme] { return standIn }
        return String(repeating: "?", count: max(1, width))
    }

    /// The one-column ASCII stand-in of each glyph Pilotdeck draws.
    static let standIns: [String: String] = {
        var table: [String: String] = [:]
        func map(_ glyphs: String, to standIn: String) {
            for glyph in glyphs { table[String(glyph)] = standIn }
        }
        map("─━═┈", to: "-")
        map("│┃║┊", to: "|")
        map("┌┐└┘┏┓┗┛╔╗╚╝╭╮╰╯├┤", to: "+")
        map("▁▂", to: "_")
        map("▃", to: ".")
        map("▄▅", to: "-")
        map("▆▇", to: "=")
        map("█▉▊▋▌", to: "#")
        map("▍▎▏", to: ":")
        map("●★", to: "*")
        map("○", to: "o")
        map("✔", to: "v")
        map("✘✗×", to: "x")
        map("▸›→", to: ">")
        map("◂←", to: "<")
        map("↑", to: "^")
        map("↓", to: "v")
        map("…·", to: ".")
        map("–—−", to: "-")
        map("±", to: "+")
        map("²", to: "2")
        return table
    }()
}
