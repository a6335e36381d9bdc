import Foundation
import PilotdeckTestSupport
import Testing

extension DemoCopy {
    /// The ready pilot, the day it started, and keys of two of its metrics: one in minutes, one in percent.
    func metrics() throws -> (pilot: String, started: String, minutes: String, percent: String) {
        let pilot = seeded.readyPilot
        let shown = try show(pilot)
        let started = try #require((shown["pilot"] as? [String: Any])?["startedOn"] as? String)
        let definitions = try #require(shown["metrics"] as? [[String: Any]]).compactMap { $0["definition"] as? [String: Any] }
        func key(unit: String) throws -> String {
            try #require(definitions.first { $0["unit"] as? String == unit }?["key"] as? String, "\(pilot) has no metric in \(unit)")
        }
        return (pilot, started, try key(unit: "minutes"), try key(unit: "%"))
    }

    func expectRefused(_ result: CLI.Result, naming field: String, _ says: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "exit \(result.status): \(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(field) && result.stderr.contains(says), "\(result.stderr)", sourceLocation: sourceLocation)
    }
}

/// YYYY-MM-DD of the day `offset` days from today, so dated input stays inside a pilot's life.
func day(_ offset: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
}

@Suite("CLI: implausible values are refused")
struct ImplausibleInputCLITests {
    @Test("negative minutes, a percentage over 100, a day in the future or years before the pilot: one line, nothing stored")
    func measurements() throws {
        let demo = try DemoCopy()
        let (pilot, started, minutes, percent) = try demo.metrics()
        let count = try demo.auditCount()
        let record = ["metric", "record", "--pilot", pilot, "--n", "12"]
        demo.expectRefused(try demo.run(record + ["--metric", minutes, "--value=-5", "--date", day(0)]), naming: "value", "cannot be negative")
        demo.expectRefused(try demo.run(record + ["--metric", percent, "--value", "104", "--date", day(0)]), naming: "value", "give 0 to 100")
        demo.expectRefused(try demo.run(record + ["--metric", minutes, "--value", "0x1A", "--date", day(0)]), naming: "value", "not a decimal number")
        demo.expectRefused(try demo.run(record + ["--metric", minutes, "--value", "12", "--date", day(3)]), naming: "date", "in the future")
        let ancient = String(Int(started.prefix(4))! - 2) + started.dropFirst(4)
        demo.expectRefused(try demo.run(record + ["--metric", minutes, "--value", "12", "--date", ancient]), naming: "date", "before the pilot started")
        #expect(try demo.auditCount() == count)
        let fine = try demo.run(record + ["--metric", percent, "--value", "100", "--date", day(0)])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test("hex, NUL, nan and words in numeric cells are refused naming line and column; a duplicate header column is named")
    func numericCells() throws {
        let demo = try DemoCopy()
        let (pilot, _, minutes, _) = try demo.metrics()
        let count = try demo.auditCount()
        let today = day(0)
        let cases: [([UInt8], String)] = [
            (Array("metric,value,n,date\n\(minutes),0x1A,12,\(today)\n".utf8), "line 2: value '0x1A'"),
            (Array("metric,value,n,date\n\(minutes),12".utf8) + [0] + Array("5,12,\(today)\n".utf8), "line 2: value"),
            (Array("metric,value,n,date\n\(minutes),nan,12,\(today)\n".utf8), "line 2: value 'nan'"),
            (Array("metric,value,n,date\n\(minutes),12,0x0C,\(today)\n".utf8), "line 2: n '0x0C'"),
            (Array("metric,value,n,date\n\(minutes),12,1".utf8) + [0] + Array("2,\(today)\n".utf8), "line 2: n"),
            (Array("metric,value,n,date,value\n\(minutes),12,12,\(today),13\n".utf8), "column 'value' appears twice"),
        ]
        for (index, (bytes, says)) in cases.enumerated() {
            let file = demo.cli.path("cells-\(index).csv")
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            demo.expectRefused(try demo.run(["metric", "import", "--pilot", pilot, file]), naming: "line", says)
        }
        let feedback = demo.cli.path("header.csv")
        try "rating,category,text,rating\n4,workflow,fine,5\n".write(toFile: feedback, atomically: true, encoding: .utf8)
        demo.expectRefused(try demo.run(["feedback", "import", "--pilot", pilot, feedback]), naming: "line 1", "column 'rating' appears twice")
        #expect(try demo.auditCount() == count)
        let good = demo.cli.path("good.csv")
        try "metric,value,n,date\n\(minutes),12.5,12,\(today)\n\(minutes),-0.0,3,\(today)\n".write(toFile: good, atomically: true, encoding: .utf8)
        let imported = try demo.run(["metric", "import", "--pilot", pilot, good])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    @Test("feedback tags are stored once each; more entries than there are tags are refused")
    func tags() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let add = ["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "workflow", "--text", "fine"]
        let twice = try demo.run(add + ["--tag", "order", "--tag", "medication", "--tag", "order"], as: clinician)
        #expect(twice.status == 0, "\(twice.stderr)")
        #expect(try demo.feedbackList(pilot).first?["tags"] as? [String] == ["order", "medication"])
        let count = try demo.auditCount()
        demo.expectRefused(try demo.run(add + Array(repeating: ["--tag", "other"], count: 6).flatMap { $0 }, as: clinician), naming: "tag", "at most once")
        let csv = demo.cli.path("tags.csv")
        try "rating,category,text,tags\n4,workflow,fine,order;order;order;order;order;order\n".write(toFile: csv, atomically: true, encoding: .utf8)
        demo.expectRefused(try demo.run(["feedback", "import", "--pilot", pilot, csv], as: clinician), naming: "line 2 tags", "at most once")
        #expect(try demo.auditCount() == count)
    }

    @Test("--limit of the list commands must be 1 or more", arguments: [
        ["audit", "log"], ["feedback", "list", "--pilot", "1"], ["metric", "list", "--pilot", "1"],
    ])
    func limits(command: [String]) throws {
        let demo = try DemoCopy()
        for limit in ["0", "-3"] {
            demo.expectRefused(try demo.run(command + ["--limit=\(limit)"]), naming: "limit", "give 1 or more")
        }
        #expect(try demo.run(command + ["--limit", "1"]).status == 0)
    }

    @Test("the CLI's tables and fields replace bidi controls as the dashboard and reports do")
    func bidiControls() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let added = try demo.run([
            "risk", "add", "--pilot", pilot, "--category", "safety", "--likelihood", "2", "--impact", "2",
            "--title", "dose \u{202E}gm 01\u{202C} swapped \u{2066}isolate\u{2069}",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let logged = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "2", "--category", "accuracy", "--text", "dose \u{202E}gm 01\u{202C} swapped"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let outputs = [logged.stdout, try demo.run(["risk", "list", "--pilot", pilot]).stdout, try demo.run(["feedback", "list", "--pilot", pilot]).stdout]
        for output in outputs {
            #expect(output.contains("dose \u{FFFD}gm 01\u{FFFD} swapped"), "\(output)")
            let bidi = output.unicodeScalars.filter { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            #expect(bidi.isEmpty, "\(output)")
        }
    }
}
