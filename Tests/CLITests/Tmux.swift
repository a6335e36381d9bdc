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

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
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
    func waitFor(_ what: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
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
    func waitFor(text: String, seconds: Double = 15) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }
}

struct TmuxTimeout: Error, CustomStringConvertible {
    let what: String
    let screen: String
    var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
}
