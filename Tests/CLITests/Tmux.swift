import Foundation

/// A private tmux server driving a real terminal for end-to-end tests.
final class Tmux {
    let socket = "pilotdeck-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    init(width: Int, height: Int, directory: URL, environment: [String: String]) throws {
        self.directory = directory
        let exports = environment.map { "export \($0.key)='\($0.value)'" }.joined(separator: "; ")
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-c", directory.path, "sh"])
        try type("\(exports); PS1='$ '; export PS1; clear")
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command through `system()`. Foundation's `Process` would wait for the tmux
    /// server, which the first command starts and which inherits the child's descriptors.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system(quoted.joined(separator: " ") + " </dev/null >'\(output.path)' 2>/dev/null")
        if status != 0, arguments.first != "kill-server" { throw TmuxFailure(arguments: arguments, status: status) }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Types a line into the shell and presses Enter.
    func type(_ line: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", line])
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// Sends tmux key names ("Enter", "Tab", "Escape", "C-s") or literal text.
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", "0"] + names)
    }

    func literal(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `condition` holds, up to `seconds`; returns the last screen.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxTimeout(what: what, screen: last)
    }

    @discardableResult
    func waitFor(text: String, seconds: Double = 30) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }
}

struct TmuxFailure: Error {
    let arguments: [String]
    let status: Int32
}

struct TmuxTimeout: Error, CustomStringConvertible {
    let what: String
    let screen: String
    var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
}

extension Tmux {
    /// The dashboard on `db` (with `flags` such as ` --as LOGIN`) in a new private tmux server of
    /// `width` x `height`, run from the shell so that `EXIT=status` shows when it ends; returns
    /// once the portfolio's title (`title`, as the locale draws it) is on screen.
    static func dashboard(
        _ cli: CLI, db: String, flags: String = "", width: Int = 120, height: Int = 40, environment: [String: String] = [:],
        title: String = "Pilotdeck · Portfolio"
    ) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, directory: cli.directory, environment: [
            "XDG_DATA_HOME": cli.directory.path, "PILOTDECK_PLAYBOOKS": CLI.packageRoot.appendingPathComponent("Pilots").path,
        ].merging(environment) { $1 })
        try tmux.type("\(CLI.binary.path) --db \(db)\(flags); echo \"EXIT=$?\"")
        try tmux.waitFor(text: title)
        return tmux
    }
}
