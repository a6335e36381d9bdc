import Foundation
import PilotDemo

/// Bytes that have garbled terminals or crashed parsers: invalid UTF-8, NUL, control and escape
/// sequences, C1 controls, bidirectional overrides, emoji, and a 1 MB field.
enum HostileInput {
    static let pieces: [[UInt8]] = [
        [0xFF, 0xFE, 0x41], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0x07, 0x08, 0x0D],
        Array("\u{1B}[2J\u{1B}[31mred".utf8), Array("\u{1B}]0;title\u{07}".utf8), Array("\u{9B}31m".utf8),
        Array("\u{202E}txet desrever".utf8), Array("مرحبا بالعالم".utf8), Array("🩺👩🏽‍⚕️ note".utf8), Array("a\u{301}\u{301}\u{301}".utf8),
        Array("tab\there".utf8), Array("\"quoted, \"\"comma\"\"\"".utf8),
    ]

    static let megabyte = [UInt8](repeating: UInt8(ascii: "a"), count: 1_048_576)

    /// Every piece alone, the megabyte, and `mixes` random concatenations (fixed seed).
    static func cases(mixes: Int = 8) -> [[UInt8]] {
        var generator = SplitMix64(seed: 7)
        let mixed = (0..<mixes).map { _ in
            (0..<4).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] } + Array(" plain words".utf8)
        }
        return pieces + [megabyte] + mixed
    }

    /// Control characters other than newline, tab and the CRLF line end of CSV, and bytes that
    /// are not UTF-8: what must never reach a terminal or a report. Describes the first found.
    static func garbling(_ output: Data) -> String? {
        guard let text = String(data: output, encoding: .utf8) else { return "bytes that are not UTF-8" }
        let bad = text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.first { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        return bad.map { "control character U+\(String($0.value, radix: 16, uppercase: true))" }
    }
}
