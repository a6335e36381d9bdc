import Foundation

/// `pilotdeck-bench perf`: every figure on the large hospital, each beside its same-run reference, in one table.
struct PerfSuite {
    let options: PerfOptions

    func run() -> Int32 {
        #if DEBUG
        print("debug build: figures are not meaningful; use swift run -c release pilotdeck-bench perf")
        #endif
        let path = options.databasePath
        do {
            try LargeHospital.prepare(path: path, reseed: options.reseed)
        } catch {
            print("cannot prepare \(path): \(error)")
            return 1
        }
        let pilotdeck = Self.pilotdeckBinary()
        var figures: [Figure] = []
        var notes: [String] = []
        let steps: [(String, () throws -> Void)] = [
            ("first frame", { figures += try FirstFrameBench.figures(path: path, pilotdeck: pilotdeck) }),
            ("keystrokes", {
                let (keys, note) = try DashboardBench.keystrokes(path: path)
                figures += keys
                notes.append(note)
            }),
            ("reports", { figures += try ReportBench.figures(path: path) }),
            ("feedback", { figures += try FeedbackBench.figures(path: path, pilotdeck: pilotdeck) }),
            ("audit verify", { figures += try AuditBench.figures(path: path) }),
            ("memory", { figures.append(try MemoryBench.figure(path: path, pilotdeck: pilotdeck)) }),
        ]
        for (name, step) in steps where options.only.map(name.contains) ?? true {
            do {
                try step()
            } catch {
                figures.append(Figure(name: name, value: "FAILED", comparison: "\(error)", target: "", passes: false))
            }
        }
        Figure.printTable(figures)
        notes.forEach { print($0) }
        return figures.allSatisfy { $0.passes != false } ? 0 : 1
    }

    /// The `pilotdeck` built beside this executable (`swift build -c release` builds both).
    static func pilotdeckBinary() -> URL? {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let sibling = own.deletingLastPathComponent().appendingPathComponent("pilotdeck")
        return FileManager.default.isExecutableFile(atPath: sibling.path) ? sibling : nil
    }
}
