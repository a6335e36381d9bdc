import Foundation
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: hostile input to the importers and text fields", .serialized)
struct InputFuzzTests {
    /// A run must end by exiting (no crash), succeed or fail in one line, and print nothing garbling.
    func expectSafe(_ result: CLI.Result, _ what: String) {
        #expect(result.exited && [0, 1].contains(result.status), "\(what): exit \(result.status), exited \(result.exited)")
        if result.status != 0 { #expect(result.stderr.split(separator: "\n").count == 1, "\(what): \(result.stderr.prefix(300))") }
        #expect(HostileInput.garbling(result.stdoutBytes) == nil, "\(what) stdout: \(HostileInput.garbling(result.stdoutBytes) ?? "")")
        #expect(HostileInput.garbling(result.stderrBytes) == nil, "\(what) stderr: \(HostileInput.garbling(result.stderrBytes) ?? "")")
    }

    @Test("CSV imports of hostile fields: refused naming the line, or stored; reports and lists stay clean")
    func importers() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let metric = try #require(try PilotDatabase(path: db).playbook(of: PilotDatabase(path: db).pilot(pilot)).metrics.first?.key)
        for (index, field) in HostileInput.cases().enumerated() {
            let quoted = [UInt8(ascii: "\"")] + field.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] } + [UInt8(ascii: "\"")]
            let feedback = Array("rating,category,text,tags\n4,workflow,".utf8) + quoted + Array(",other\n".utf8)
            let measurements = Array("metric,value,n,date\n\(metric),".utf8) + quoted + Array(",12,2026-01-05\n".utf8)
                + Array("\(metric),10,12,".utf8) + quoted + Array("\n".utf8)
            for (command, csv) in [("feedback", feedback), ("metric", measurements)] {
                let file = cli.path("\(command)-\(index).csv")
                try Data(csv).write(to: URL(fileURLWithPath: file))
                expectSafe(try cli.run([command, "import", "--db", db, "--pilot", pilot, file]), "\(command) import case \(index)")
            }
            expectSafe(try cli.run(["feedback", "import", "--db", db, "--pilot", pilot, "-"], stdin: Data(feedback)), "feedback import stdin \(index)")
        }
        try expectCleanOutputs(cli, db, pilot)
    }

    @Test("CLI text fields with hostile bytes: refused in one line, or stored safely")
    func textFields() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let commands: [[String]] = [
            ["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "4", "--category", "workflow", "--text"],
            ["risk", "add", "--db", db, "--pilot", pilot, "--category", "safety", "--likelihood", "2", "--impact", "2", "--title"],
            ["incident", "open", "--db", db, "--pilot", pilot, "--severity", "low", "--kind", "other", "--summary"],
            ["pilot", "list", "--db", db, "--json", "--as"],
            ["pilot", "show", "--db", db],
        ]
        // An argument holds no NUL, and Linux refuses one over 128 KiB; both are fed through stdin below.
        for (index, field) in HostileInput.cases(mixes: 3).enumerated() where !field.contains(0) && field.count < 100_000 {
            for command in commands {
                expectSafe(try cli.run(command, byteArgument: field), "\(command[0]) \(command[1]) case \(index)")
            }
        }
        for (index, field) in HostileInput.cases(mixes: 3).enumerated() {
            expectSafe(
                try cli.run(["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "3", "--category", "accuracy", "--text", "-"], stdin: Data(field)),
                "feedback add from stdin case \(index)")
        }
        try expectCleanOutputs(cli, db, pilot)
    }

    /// Whatever was stored: lists, the audit log and every report format print no garbling
    /// characters, and the audit chain verifies.
    func expectCleanOutputs(_ cli: CLI, _ db: String, _ pilot: String) throws {
        var outputs: [[String]] = [
            ["feedback", "list", "--db", db, "--pilot", pilot, "--limit", "1000"], ["risk", "list", "--db", db, "--pilot", pilot],
            ["audit", "log", "--db", db, "--pilot", pilot], ["pilot", "show", pilot, "--db", db],
        ]
        outputs += ["md", "html", "csv", "json"].map { ["report", "--db", db, "--pilot", pilot, "--format", $0, "--output", "-"] }
        for arguments in outputs {
            let result = try cli.run(arguments)
            #expect(result.succeeded, "\(arguments.prefix(2)): \(result.stderr)")
            expectSafe(result, arguments.prefix(2).joined(separator: " "))
        }
        #expect(try cli.run(["audit", "verify", "--db", db]).succeeded)
    }
}
