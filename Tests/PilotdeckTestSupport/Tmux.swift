import Foundation

/// A shell in a real terminal: a private tmux server (`tmux -L NAME`) that tests type into and
/// read the screen of, polling for what they wait for instead of sleeping. tmux runs through
/// `Shell`: `Process` would wait on the server it starts.
public final class Tmux {
    public let socket = "pilotdeck-test-\(UUID().uuidString.prefix(8))"
    public let directory: URL

    /// `shell` in a `width` x `height` window in `directory`, with `environment` exported, no core
    /// dumps and a `$ ` prompt.
    public init(width: Int = 120, height: Int = 40, directory: URL, environment: [String: String], shell: String = "sh") throws {
        self.directory = directory
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-c", directory.path, shell])
        let exports = environment.map { "export \($0.key)='\($0.value)'" }
        try type((exports + ["ulimit -c 0", "PS1='$ '", "export PS1", "clear"]).joined(separator: "; "))
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs `tmux ARGUMENTS` on this server; its output.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let (status, output) = Shell.run(["tmux", "-L", socket] + arguments)
        if status != 0, arguments.first != "kill-server" { throw Failure("tmux \(arguments.joined(separator: " ")) failed: \(status)") }
        return output
    }

    /// Types a line into the shell and presses Enter.
    public func type(_ line: String) throws {
        try literal(line)
        try keys("Enter")
    }

    /// Sends tmux key names ("Enter", "Tab", "Escape", "C-s") or literal text.
    public func keys(_ names: String...) throws { try tmux(["send-keys", "-t", "0"] + names) }

    public func literal(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `condition` holds, up to `seconds`; returns the last screen.
    @discardableResult
    public func waitFor(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("timed out waiting for \(what); screen was:\n\(last)")
    }

    @discardableResult
    public func waitFor(text: String, seconds: Double = 30) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }

    /// The terminal settings as `stty -g` prints them at the shell prompt.
    public func terminalSettings() throws -> String {
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
    public func child(named name: String) throws -> Int32 {
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
