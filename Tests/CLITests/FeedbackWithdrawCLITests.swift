import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: withdrawing feedback")
struct FeedbackWithdrawCLITests {
    static let comment = "Draft listed the allergy under the wrong visit; corrected by hand"

    func report(_ demo: DemoCopy, _ pilot: String, format: String) throws -> String {
        let result = try demo.run(["report", "--pilot", pilot, "--format", format, "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func feedbackTotal(_ demo: DemoCopy, _ pilot: String) throws -> Int {
        let report = try JSONSerialization.jsonObject(with: Data(try report(demo, pilot, format: "json").utf8)) as? [String: Any]
        return try #require((report?["feedback"] as? [String: Any])?["total"] as? Int)
    }

    @Test("the author withdraws their feedback: gone from the list, every report format and the figures; audit verify passes")
    func withdraw() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let added = try demo.run(
            ["feedback", "add", "--pilot", pilot, "--rating", "1", "--category", "accuracy", "--tag", "medication", "--text", Self.comment],
            as: clinician)
        #expect(added.status == 0, "\(added.stderr)")
        let id = String(try #require(added.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))
        let total = try feedbackTotal(demo, pilot)
        for format in ["md", "csv", "json", "html"] { #expect(try report(demo, pilot, format: format).contains("wrong visit"), "\(format)") }

        let withdrawn = try demo.run(["feedback", "withdraw", id], as: clinician)
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout == "withdrew feedback #\(id): its text is gone from the pilot's view, reports and exports; the audit log keeps its history\n")
        #expect(!(try demo.feedbackList(pilot).contains { ($0["id"] as? Int).map(String.init) == id }))
        #expect(!(try demo.run(["feedback", "list", "--pilot", pilot, "--limit", "1000"]).stdout.contains("wrong visit")))
        for format in ["md", "csv", "json", "html"] { #expect(!(try report(demo, pilot, format: format).contains("wrong visit")), "\(format)") }
        #expect(try feedbackTotal(demo, pilot) == total - 1)
        #expect(try demo.cli.sqlite(demo.db, "SELECT text, withdrawn_at IS NOT NULL FROM feedback WHERE id = \(id)") == "|1\n")
        // The history stays in the log: the insert, then the withdrawal by its author.
        let entries = try demo.auditLog(pilot: pilot).filter { $0["entity"] as? String == "feedback" && $0["entityID"] as? String == id }
        #expect(Set(entries.compactMap { $0["action"] as? String }) == ["insert", "update"])
        try demo.expectIntact()
    }

    @Test("someone else's feedback, an unknown id or a second withdrawal is refused in one line, changing nothing")
    func refusals() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, outsider) = try demo.enrolment()
        let added = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "3", "--category", "workflow", "--text", Self.comment], as: clinician)
        let id = String(try #require(added.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))
        let lead = try demo.login(roles: ["lead"])
        let count = try demo.auditCount()
        let cases: [([String], String?, String)] = [
            (["feedback", "withdraw", id], outsider, "was logged by \(clinician); only its author may withdraw it"),
            (["feedback", "withdraw", id], lead, "was logged by \(clinician); only its author may withdraw it"),
            (["feedback", "withdraw", "987654"], clinician, "no feedback '987654'"),
        ]
        for (arguments, login, message) in cases {
            let result = try demo.run(arguments, as: login)
            #expect(result.status == 1, "\(arguments) as \(login ?? "-")")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try demo.auditCount() == count)
        #expect(try demo.run(["feedback", "withdraw", id], as: clinician).status == 0)
        let again = try demo.run(["feedback", "withdraw", id], as: clinician)
        #expect(again.status == 1 && again.stderr.contains("already withdrawn"), "\(again.stderr)")
        #expect(try demo.auditCount() == String(Int(count.trimmingCharacters(in: .whitespacesAndNewlines))! + 1) + "\n")
        try demo.expectIntact()
    }
}
