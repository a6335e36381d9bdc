import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: changing what running pilots are judged by")
struct PlaybookApplyCLITests {
    /// The shipped playbooks in the test's folder, with `edit` applied to `name`'s text.
    static func playbooks(_ demo: DemoCopy, editing name: String, _ edit: (String) -> String) throws -> String {
        let folder = demo.cli.path("playbooks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let shipped = PackageRoot.playbooks
        for file in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where file.hasSuffix(".yaml") {
            let text = try String(contentsOf: shipped.appendingPathComponent(file), encoding: .utf8)
            try (file == name ? edit(text) : text).write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("a lead's new pilot on an edited playbook that running pilots are judged by is refused in one line naming what changed; its deciders apply it, audited, and gates follow")
    func thresholds() throws {
        let demo = try DemoCopy()
        let folder = try Self.playbooks(demo, editing: "ambient-scribe.yaml") { $0.replacingOccurrences(of: "target: \"-15%\"", with: "target: \"-20%\"") }
        let lead = try demo.login(roles: ["lead", "clinician"])
        let leadership = try demo.login(roles: ["leadership"])
        let count = Int(try demo.auditCount().trimmingCharacters(in: .whitespacesAndNewlines))!
        let newPilot = [
            "pilot", "new", "--key", "AMB-UC", "--name", "Ambient scribe in urgent care", "--playbook", "ambient-scribe", "--tool", "NIMBUS-SCRIBE",
            "--owner", lead, "--problem", "Charting after hours", "--success-criteria", "Less charting", "--playbooks", folder,
        ]
        let refused = try demo.run(newPilot, as: lead)
        #expect(refused.status == 1 && MigrateFixture.isOneLine(refused.stderr), "\(refused.stderr)")
        #expect(refused.stderr.contains("changes metric doc-time") && refused.stderr.contains("only leadership, its deciders"), "\(refused.stderr)")
        let notDecider = try demo.run(["playbook", "apply", folder + "/ambient-scribe.yaml"], as: lead)
        #expect(notDecider.status == 1 && notDecider.stderr.contains("lets only leadership change what its pilots are judged by"), "\(notDecider.stderr)")
        #expect(try demo.auditCount().trimmingCharacters(in: .whitespacesAndNewlines) == String(count))

        let applied = try demo.run(["playbook", "apply", folder + "/ambient-scribe.yaml"], as: leadership)
        #expect(applied.status == 0 && applied.stdout.contains("changed metric doc-time"), "\(applied.stderr)")
        #expect(try demo.auditCount().trimmingCharacters(in: .whitespacesAndNewlines) == String(count + 1))
        let gate = try demo.run(["gate", "--pilot", "AMB-FM"])
        #expect(gate.stdout.contains("target -20%"), "\(gate.stdout)")
        #expect(try demo.run(newPilot, as: lead).status == 0)
        let again = try demo.run(["playbook", "apply", folder + "/ambient-scribe.yaml"], as: leadership)
        #expect(again.status == 0 && again.stdout.contains("nothing its pilots are judged by changed"))
        try demo.expectIntact()
    }
}
