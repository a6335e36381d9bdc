import Foundation
import PilotKit
import Testing

@Suite("Playbook loading from a folder")
struct PlaybookLoadingTests {
    /// A fresh folder holding the given files, removed after `body`.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    @Test func loadsEveryYAMLFileAndSkipsOthers() throws {
        let other = try SamplePlaybook.editing("key: sample", to: "key: another")
        try withFolder(["sample.yaml": SamplePlaybook.yaml, "another.yaml": other, "README.md": "# notes"]) { folder in
            let keys = try Playbook.loadAll(in: folder).map(\.key)
            #expect(keys == ["another", "sample"])
        }
    }

    @Test func refusalNamesTheFileInTheFolder() throws {
        let broken = try SamplePlaybook.editing("cohort_cap: 250", to: "cohort_cap: many")
        try withFolder(["sample.yaml": broken]) { folder in
            let error = try #require(throws: PlaybookError.self) { try Playbook.loadAll(in: folder) }
            #expect(error.file == folder.appendingPathComponent("sample.yaml").relativePath)
            #expect(error.field == "stages[3].cohort_cap")
        }
    }

    @Test func ymlFileIsRefusedRatherThanSkipped() throws {
        try withFolder(["sample.yml": SamplePlaybook.yaml]) { folder in
            let error = try #require(throws: PlaybookError.self) { try Playbook.loadAll(in: folder) }
            #expect(error.file.hasSuffix("sample.yml"))
            #expect(error.message.contains("rename it to sample.yaml"))
        }
    }

    @Test func missingFolderIsRefused() throws {
        let folder = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        let error = try #require(throws: PlaybookError.self) { try Playbook.loadAll(in: folder) }
        #expect(error.line == nil)
        #expect(error.message.contains("cannot be listed"))
    }
}
