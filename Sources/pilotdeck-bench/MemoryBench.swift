import Foundation

/// Peak resident memory (VmHWM) of a real `pilotdeck` dashboard on the large database, driven
/// under a private tmux server through the portfolio, a pilot's tabs and the audit log.
enum MemoryBench {
    static func figure(path: String, pilotdeck: URL?) throws -> Figure {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let comparison = "database file: \(Units.mib(size))"
        guard let pilotdeck, system("command -v tmux >/dev/null") == 0 else {
            return Figure(name: "dashboard peak memory (VmHWM)", value: "not measured", comparison: "needs tmux and a release build", target: "<= 64 MiB", passes: nil)
        }
        let tmux = TmuxServer()
        defer { tmux.kill() }
        try tmux.start("exec '\(pilotdeck.path)' --db '\(path)'", width: 200, height: 60)
        let pid = try tmux.panePID()
        try tmux.waitFor("Portfolio")
        for keys in [Array(repeating: "j", count: 60), ["PageDown", "PageDown", "G", "g", "b", "l", "l", "b"],
                     ["Enter"], Array(repeating: "Tab", count: 8), ["Escape", "5"], Array(repeating: "PageDown", count: 20), ["G", "1"]] {
            try tmux.send(keys)
            Thread.sleep(forTimeInterval: 0.3)
        }
        try tmux.waitFor("Portfolio")
        let peak = try highWaterMark(pid: pid)
        return Figure(
            name: "dashboard peak memory (VmHWM, real process)", value: Units.mib(peak), comparison: comparison,
            target: "<= 64 MiB", passes: peak <= 64 * 1_048_576)
    }

    static func highWaterMark(pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { throw BenchError("no VmHWM in /proc/\(pid)/status") }
        return kib * 1024
    }
}
