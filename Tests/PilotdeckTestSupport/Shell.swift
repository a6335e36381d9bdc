import Foundation

/// Commands run through `system()` with their output in a file. For programs that leave a server
/// behind (tmux, PostgreSQL): the server inherits the child's descriptors, so reading a pipe to its
/// end, as `Process` would, never finishes.
public enum Shell {
    /// `words` as one line of `sh`, each word quoted.
    public static func line(_ words: [String]) -> String {
        words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// Runs `words` with no input and standard error discarded; its exit status and standard output.
    public static func run(_ words: [String]) -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-shell-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = system(line(words) + " </dev/null >'\(output.path)' 2>/dev/null")
        return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
