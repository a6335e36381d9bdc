import CNcursesw
import TerminalKit

/// The wide characters to hand ncurses for one canvas cell.
///
/// ncurses advances by the C library's wcwidth, which may disagree with `DisplayWidth` about a
/// cluster (an emoji with VS16, a ZWJ sequence, a flag). When it does, the cell is drawn as its
/// first scalar padded with spaces to the canvas width, so ncurses' idea of the screen and the
/// canvas never drift apart.
enum CursesCellText {
    /// Zero-terminated wide characters for `cell` (which must not be a continuation), drawn
    /// through `glyphs`.
    static func characters(for cell: Cell, glyphs: GlyphSet) -> [wchar_t] {
        let scalars = glyphs.text(for: cell.grapheme, width: cell.width).unicodeScalars.map(\.value)
        if libcWidth(of: scalars) == cell.width {
            return scalars.map { wchar_t(bitPattern: $0) } + [0]
        }
        let first = scalars.first ?? 0x20
        let firstWidth = Int(pd_wcwidth(first))
        let glyph: [UInt32] = (1...cell.width).contains(firstWidth) ? [first] : [0xFFFD]
        let padding = cell.width - libcWidth(of: glyph)
        return (glyph + Array(repeating: 0x20, count: max(0, padding))).map { wchar_t(bitPattern: $0) } + [0]
    }

    /// The columns ncurses will advance for these scalars, or -1 when one is unprintable.
    private static func libcWidth(of scalars: [UInt32]) -> Int {
        var total = 0
        for scalar in scalars {
            let width = Int(pd_wcwidth(scalar))
            if width < 0 {
                return -1
            }
            total += width
        }
        return total
    }
}
