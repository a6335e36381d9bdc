import Foundation

/// A private tmux server run through `system()`: Foundation's `Process` would wait on the server,
/// which inherits the child's descriptors.
struct TmuxServer {
    let socket = "pilotdeck-bench-\(UUID().uuidString.prefix(8))"

    func start(_ command: String, width: Int, height: Int) throws {
        try run(["new-session", "-d", "-x", String(width), "-y", String(height), command])
    }

    func send(_ keys: [String]) throws { try run(["send-keys", "-t", "0"] + keys) }

    func panePID() throws -> Int32 {
        guard let pid = Int32(try run(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw BenchError("tmux did not name the dashboard's process") }
        return pid
    }

    /// Polls the screen until it shows `text`, for up to 30 s.
    func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if try run(["capture-pane", "-p", "-t", "0"]).contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw BenchError("the dashboard never showed '\(text)'")
    }

    func kill() { _ = try? run(["kill-server"]) }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " </dev/null >'\(output.path)' 2>/dev/null")
        if status != 0, arguments.first != "kill-server" { throw BenchError("tmux \(arguments.first ?? "") failed (\(status))") }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}
