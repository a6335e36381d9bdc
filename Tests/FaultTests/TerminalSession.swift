import Foundation

/// An interactive bash in a private tmux server, for signalling a real dashboard. tmux runs
/// through `system()`: Foundation's `Process` would wait on the server, which inherits the
/// child's descriptors.
final class TerminalSession {
    let socket = "pilotdeck-fault-\(UUID().uuidString.prefix(8))"
    let directory: URL

    init(directory: URL, environment: [String: String]) throws {
        self.directory = directory
        try tmux(["new-session", "-d", "-x", "120", "-y", "40", "-c", directory.path, "bash --norc --noprofile -i"])
        let exports = environment.map { "export \($0.key)='\($0.value)'" }.joined(separator: "; ")
        try type("\(exports); ulimit -c 0; PS1='$ '; clear")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " </dev/null >'\(output.path)' 2>/dev/null")
        if status != 0, arguments.first != "kill-server" { throw Failure("tmux \(arguments.joined(separator: " ")) failed: \(status)") }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    func type(_ line: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", line])
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    func keys(_ names: String...) throws { try tmux(["send-keys", "-t", "0"] + names) }

    /// Polls the screen until `condition` holds, for up to `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try tmux(["capture-pane", "-p", "-t", "0"])
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("timed out waiting for \(what); screen:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String) throws -> String { try waitFor("'\(text)'") { $0.contains(text) } }

    /// The terminal settings as `stty -g` prints them at the shell prompt.
    func terminalSettings() throws -> String {
        let file = directory.appendingPathComponent("stty-\(UUID().uuidString)")
        try type("stty -g > '\(file.path)'.tmp && mv '\(file.path)'.tmp '\(file.path)'")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: file.path) {
            if Date() > deadline { throw Failure("stty -g never ran") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// The process the shell runs in the foreground with this executable name.
    func child(named name: String) throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for pid in children.split(separator: " ").compactMap({ Int32($0) }) {
                let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
                if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("no \(name) under the shell")
    }
}

extension TerminalSession {
    /// Starts the dashboard on `db` under tmux and returns the session, its pid and the terminal
    /// settings from before it started. `backtrace` is SWIFT_BACKTRACE for it; nil leaves it unset,
    /// as a user's shell does (the runtime then waits for a key after a crash report).
    static func dashboard(
        _ cli: Pilotdeck, db: String, then: String = "; echo \"EXIT=$?\"", backtrace: String? = "interactive=no"
    ) throws -> (TerminalSession, Int32, String) {
        let session = try TerminalSession(directory: cli.directory, environment: [
            "XDG_DATA_HOME": cli.directory.path, "PILOTDECK_PLAYBOOKS": cli.environment["PILOTDECK_PLAYBOOKS"] ?? "",
        ])
        let before = try session.terminalSettings()
        let environment = backtrace.map { "SWIFT_BACKTRACE='\($0)' " } ?? "unset SWIFT_BACKTRACE; "
        try session.type(environment + "'\(Pilotdeck.binary.path)' --db '\(db)'" + then)
        try session.waitFor(text: "Pilotdeck · Portfolio")
        return (session, try session.child(named: "pilotdeck"), before)
    }
}
