import Foundation
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Exporting a report from the dashboard", .serialized)
struct ExportFlowTests {
    let fixture = try! DemoFixture()

    /// Opens the export form with `path` in its file field and saves it.
    func export(to path: String, on state: inout AppState) {
        fixture.press([.char("e")], on: &state)
        guard case .form(var session) = state.overlay, case .export = session.kind else { Issue.record("no export form"); return }
        session.form.setValue(path, for: .output)
        state.overlay = .form(session)
        fixture.press([.ctrl("s")], on: &state)
    }

    @Test("an existing file is replaced only after a yes, keeping its permissions; a no returns to the form and leaves it")
    func replaceAsks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("portfolio.md").path
        try "old report\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(chmod(path, 0o640) == 0)
        var state = fixture.state(Size(width: 120, height: 40))

        export(to: path, on: &state)
        guard case .confirm(let question) = state.overlay, question.action == .replaceExport else {
            Issue.record("no replace question: \(String(describing: state.overlay))"); return
        }
        fixture.press([.char("n")], on: &state)
        guard case .form = state.overlay else { Issue.record("a no should return to the form"); return }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old report\n")
        fixture.press([.escape, .char("y")], on: &state)

        export(to: path, on: &state)
        fixture.press([.char("y")], on: &state)
        #expect(state.message?.contains("report written") == true, "\(String(describing: state.message))")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# "), "\(written.prefix(80))")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["portfolio.md"], "no temporary file is left")
    }

    @Test("a folder, a symlink or a device is refused under the file field, and nothing is written through it")
    func oddTargets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let real = folder.appendingPathComponent("real.md").path
        try "kept\n".write(toFile: real, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        for (path, says) in [(folder.path, "is a folder"), (link, "symbolic link"), ("/dev/null", "not a regular file")] {
            var state = fixture.state(Size(width: 120, height: 40))
            export(to: path, on: &state)
            guard case .form(let session) = state.overlay else { Issue.record("\(path): the form closed"); continue }
            #expect(session.form[.output]?.error?.contains(says) == true, "\(path): \(String(describing: session.form[.output]?.error))")
        }
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "kept\n")
    }

    @Test("a read-only session, which may change nothing, still exports: the export form is the one it is offered")
    func readOnlyExports() throws {
        let runtime = DeckRuntime(database: fixture.database, ledger: nil, clock: { DemoFixture.today.date })
        let session = Session(user: fixture.session.user, databaseName: "demo.sqlite", isReadOnly: true, isDemo: true)
        var state = runtime.start(session: session, size: Size(width: 120, height: 40), playbookKeys: fixture.playbookKeys)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-export-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        runtime.run(state.handle(.char("e")), on: &state)
        guard case .form(var form) = state.overlay, case .export = form.kind else { Issue.record("no export form"); return }
        form.form.setValue(path, for: .output)
        state.overlay = .form(form)
        runtime.run(state.handle(.ctrl("s")), on: &state)
        #expect(state.message == "report written to \(path)", "\(String(describing: state.message))")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
        runtime.run(state.handle(.char("a")), on: &state)
        guard case .refusal(let refusal) = state.overlay else { Issue.record("a write form opened read-only"); return }
        #expect(refusal.reason == "read-only session: nothing can be changed")
    }
}

@Suite("The export form's choices")
struct ExportChoicesTests {
    @Test("on the portfolio the portfolio report comes first and the highlighted pilot second; a pilot screen offers its pilot")
    func reports() {
        var state = Sample.state()
        _ = state.handle(.char("j"))
        #expect(ExportChoices.reports(pilot: ExportChoices.pilot(on: state), state: state) == ["portfolio", "AMB-FM"])
        _ = state.handle(.enter)
        #expect(ExportChoices.reports(pilot: ExportChoices.pilot(on: state), state: state) == ["AMB-FM"])
    }

    @Test("the default file name follows the report and the format; a typed name keeps itself and takes the new extension")
    func fileNameFollows() {
        var form = Form([
            .choice(.report, label: "Report", options: ["portfolio", "AMB-FM"]),
            .choice(.format, label: "Format", options: ExportChoices.formats),
            .text(.output, label: "File", value: "portfolio-report.md"),
        ])
        func press(_ key: KeyEvent) {
            let before = form
            _ = form.handle(key)
            ExportChoices.followChoices(from: before, in: &form, fixedReport: "portfolio")
        }
        press(.right)
        #expect(form[.output]?.value == "AMB-FM-report.md")
        press(.tab)
        press(.right)
        #expect(form[.output]?.value == "AMB-FM-report.html")
        form.setValue("/tmp/for-the-board.html", for: .output)
        press(.right)
        #expect(form[.output]?.value == "/tmp/for-the-board.csv")
        form.setValue("/tmp/notes.txt", for: .output)
        press(.right)
        #expect(form[.output]?.value == "/tmp/notes.txt")
    }
}
