#if canImport(Glibc)
@preconcurrency import Glibc  // `stdout`, a C global Swift 6 cannot prove safe; only the main thread prints
#endif
import Foundation
import PilotKit

/// Printing for the CLI: JSON for scripts, aligned tables for people, never raw control characters.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Prints rows under a header, columns padded to their widest cell.
    static func table(_ header: [String], _ rows: [[String]]) {
        let cells = ([header] + rows).map { $0.map { clean($0) } }
        let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        for row in cells {
            let line = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            print(line.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    /// Labelled lines for `show` commands.
    static func fields(_ pairs: [(String, String)]) {
        let width = pairs.map(\.0.count).max() ?? 0
        for (label, value) in pairs {
            print("\(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(clean(value, keepNewlines: true))")
        }
    }

    /// Replaces control characters, so stored text can never drive the terminal, and bidi
    /// controls, so it reads in the order it is stored (as in the dashboard and reports).
    static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if keepNewlines && scalar == "\n" { return scalar }
                    return PilotKit.Text.isUnsafeToShow(scalar) ? "\u{FFFD}" : scalar
                }))
    }

    static func number(_ value: Double?) -> String { NumberText.display(value) }

    /// Pushes buffered output to standard output. A write that failed, now or earlier (a full
    /// disk, `>/dev/full`), is a refusal: a command must not exit 0 having printed nothing.
    static func flush() throws {
        if fflush(stdout) != 0 {
            throw CLIError("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
        if ferror(stdout) != 0 {
            throw CLIError("cannot write to standard output: a write failed; the output is incomplete")
        }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("pilotdeck: \(clean(message))\n".utf8))
    }
}
