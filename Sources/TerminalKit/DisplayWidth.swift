/// Terminal column widths of text, as `Canvas` lays it out.
///
/// A grapheme cluster (`Character`) is measured as a whole: emoji presentation (including ZWJ
/// sequences, skin tones, flags and keycaps) is 2 columns; otherwise the widths of its scalars are
/// summed, with East Asian Wide/Fullwidth scalars 2, combining marks, format characters and Hangul
/// medial/final jamo 0, and everything else 1. A cluster holding a control character is 1 column,
/// the width of the replacement `Canvas` shows for it (see `String.sanitizedForTerminal`).
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if TerminalSafety.isUnsafe(character) {
            return 1
        }
        if isEmojiCluster(first: first, scalars: scalars) {
            return 2
        }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// Columns one scalar occupies on its own (0 for controls).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) {
            return 0
        }
        if value < 0x300 {
            return 1
        }
        if isZeroWidth(scalar) {
            return 0
        }
        if scalar.properties.isEmojiPresentation || isWide(value) {
            return 2
        }
        return 1
    }

    /// Columns a string occupies. Printable ASCII, most of what a screen shows, is a column a
    /// byte: measuring it by grapheme cluster was a fifth of drawing a frame.
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether every byte is printable ASCII (space to tilde): a column each, nothing unsafe.
    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    // MARK: - Tables

    private static func isEmojiCluster(first: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Bool {
        if first.properties.isEmojiPresentation {
            return true
        }
        guard first.properties.isEmoji, scalars.count > 1 else { return false }
        return scalars.dropFirst().contains { $0.value == 0xFE0F || $0.properties.isEmojiModifier }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0xAD {
            return false
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, sorted, from Unicode's EastAsianWidth.txt,
    /// leaving out emoji (covered by the Emoji_Presentation property).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1B2FF,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
