import Foundation
import PilotdeckTestSupport
import Testing

private let cleanFeedback = "BP 128/82, HR 72, gave 5 mg at 14:30, PDQI-9 38/45, E11.9, room 412"

extension DemoCopy {
    /// An active pilot, a clinician enrolled in it, and a clinician who is not.
    func enrolment() throws -> (pilot: String, clinician: String, outsider: String) {
        let clinicians = try people().filter { ($0["roles"] as? [String]) == ["clinician"] }.compactMap { $0["login"] as? String }
        for pilot in try pilots() where pilot["status"] as? String == "active" {
            let key = try #require(pilot["key"] as? String)
            let enrolled = Set(((try show(key)["participants"] as? [[String: Any]]) ?? []).compactMap { $0["login"] as? String })
            if let clinician = clinicians.first(where: enrolled.contains), let outsider = clinicians.first(where: { !enrolled.contains($0) }) {
                return (key, clinician, outsider)
            }
        }
        throw Failure("no active demo pilot has an enrolled clinician")
    }

    func feedbackList(_ pilot: String, as login: String? = nil) throws -> [[String: Any]] {
        try #require(try json(["feedback", "list", "--pilot", pilot], as: login) as? [[String: Any]])
    }

    func feedbackCount() throws -> String { try cli.sqlite(db, "SELECT COUNT(*) FROM feedback") }
}

/// The kinds on the "removed: ..." line of `feedback add`.
private func removedKinds(_ stdout: String) -> Set<String> {
    guard let line = stdout.split(separator: "\n").first(where: { $0.hasPrefix("removed: ") }) else { return [] }
    return Set(line.dropFirst("removed: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
}

@Suite("CLI: clinician feedback and the PHI guard")
struct FeedbackCLITests {
    @Test("identifiers are replaced by placeholders before anything reaches the database, its WAL, the audit log or any output")
    func phiNeverStored() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        // The needles are absent to begin with, so finding none later means something.
        #expect(DatabaseBytes(demo.db).found(phiNeedles).isEmpty)
        #expect(DatabaseBytes(demo.db).inMain(cleanFeedback) == false)

        let holder = try WALHolder(db: demo.db, marker: demo.cli.path("holding.txt"))
        var outputs: [String] = []
        var ids: [String] = []
        for (index, sentence) in phiSentences.enumerated() {
            let result = try demo.run(
                ["feedback", "add", "--pilot", pilot, "--rating", String(2 + index), "--category", "accuracy", "--tag", "other", "--text", sentence],
                as: clinician)
            outputs += [result.stdout, result.stderr]
            #expect(result.status == 0, "\(result.stderr)")
            for placeholder in ["[NAME]", "[DATE]", "[MRN]", "[SSN]", "[PHONE]", "[EMAIL]"] {
                #expect(result.stdout.contains(placeholder), "\(placeholder) missing in: \(result.stdout)")
            }
            #expect(removedKinds(result.stdout) == ["name", "date", "mrn", "ssn", "phone", "email"])
            ids.append(String(try #require(result.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })))
        }
        let piped = try demo.run(
            ["feedback", "add", "--pilot", pilot, "--rating", "1", "--category", "privacy-concern", "--text", "-"], as: clinician, stdin: phiStdin)
        outputs += [piped.stdout, piped.stderr]
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(removedKinds(piped.stdout) == ["name", "date", "mrn", "ssn", "phone", "email"])
        for placeholder in ["[NAME]", "[DATE]", "[MRN]", "[SSN]", "[PHONE]", "[EMAIL]"] { #expect(piped.stdout.contains(placeholder)) }
        let clean = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "5", "--category", "accuracy", "--text", cleanFeedback], as: clinician)
        outputs += [clean.stdout, clean.stderr]
        #expect(clean.status == 0)
        #expect(clean.stdout.contains(": \(cleanFeedback)\n") && clean.stdout.contains("removed: nothing"))
        let cleanID = String(try #require(clean.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))

        // Right after the writes, while a reader keeps the commits in the WAL.
        let written = DatabaseBytes(demo.db)
        #expect(!written.wal.isEmpty, "the writes should still be in the WAL")
        #expect(written.inWAL(cleanFeedback), "the byte search must find what was stored")
        #expect(written.inWAL("[SSN]"))
        #expect(written.found(phiNeedles) == [])
        try holder.release()
        _ = try demo.cli.sqlite(demo.db, "PRAGMA wal_checkpoint(TRUNCATE);")
        let checkpointed = DatabaseBytes(demo.db)
        #expect(checkpointed.inMain(cleanFeedback), "after the checkpoint the rows are in the main file")
        #expect(checkpointed.found(phiNeedles) == [])

        // Stored text: placeholders only, clean text byte-identical.
        #expect(try demo.cli.sqlite(demo.db, "SELECT text FROM feedback WHERE id = \(cleanID)") == cleanFeedback + "\n")
        #expect(try demo.cli.sqlite(demo.db, "SELECT hex(text) FROM feedback WHERE id = \(cleanID)")
            == Data(cleanFeedback.utf8).map { String(format: "%02X", $0) }.joined() + "\n")
        let stored = try demo.cli.sqlite(demo.db, "SELECT text FROM feedback WHERE id IN (\(ids.joined(separator: ",")))")
        #expect(stored.components(separatedBy: "[SSN]").count == 4, "\(stored)")

        let list = try demo.feedbackList(pilot)
        let mine = list.filter { ids.contains(($0["id"] as? Int).map(String.init) ?? "") }
        #expect(mine.count == 3)
        #expect(mine.allSatisfy { ($0["text"] as? String)?.contains("[NAME]") == true })
        #expect(list.contains { $0["text"] as? String == cleanFeedback })
        let listings = [
            try demo.run(["feedback", "list", "--pilot", pilot, "--json"]), try demo.run(["feedback", "list", "--pilot", pilot]),
            try demo.run(["audit", "log", "--json", "--limit", "100000"]), try demo.run(["audit", "log", "--pilot", pilot]),
        ]
        for listing in listings {
            #expect(listing.status == 0)
            outputs += [listing.stdout, listing.stderr]
        }
        let audit = listings[2].stdout
        #expect(audit.contains(cleanFeedback) && audit.contains("[SSN]") && audit.contains("[EMAIL]"))
        #expect(leaked(outputs.joined(separator: "\n")) == [])
        try demo.expectIntact()
    }

    @Test("--text - reads standard input; the trailing newline is dropped and inner lines are kept")
    func standardInput() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let result = try demo.run(
            ["feedback", "add", "--pilot", pilot, "--rating", "3", "--category", "omission", "--tag", "medication", "--tag", "symptom", "--text", "-"],
            as: clinician, stdin: "Missed the allergy list.\nHR 72, 5 mg at 14:30.\n")
        #expect(result.status == 0, "\(result.stderr)")
        let entry = try #require(try demo.feedbackList(pilot).first)
        #expect(entry["text"] as? String == "Missed the allergy list.\nHR 72, 5 mg at 14:30.")
        #expect(entry["authorLogin"] as? String == clinician)
        #expect(entry["tags"] as? [String] == ["medication", "symptom"])
        #expect(entry["category"] as? String == "omission")
        #expect(entry["rating"] as? Int == 3)
    }

    @Test("bad input is refused in one line and nothing is stored")
    func refusals() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let count = try demo.auditCount()
        let cases: [([String], String)] = [
            (["--rating", "6", "--category", "accuracy", "--text", "x"], "rating"),
            (["--rating", "0", "--category", "accuracy", "--text", "x"], "rating"),
            (["--rating", "3", "--category", "praise", "--text", "x"], "category"),
            (["--rating", "3", "--category", "accuracy", "--tag", "billing", "--text", "x"], "tag"),
        ]
        for (arguments, field) in cases {
            let result = try demo.run(["feedback", "add", "--pilot", pilot] + arguments, as: clinician)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains(field), "\(result.stderr)")
        }
        #expect(try demo.auditCount() == count)
    }

    @Test("a clinician not enrolled in the pilot is refused and nothing is stored")
    func notEnrolled() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, outsider) = try demo.enrolment()
        let count = try demo.auditCount()
        let feedback = try demo.feedbackCount()
        let refused = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "accuracy", "--text", "fine"], as: outsider)
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stderr.contains(outsider) && refused.stderr.contains("does not take part in \(pilot)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("a lead can enrol them with `pilotdeck pilot participant add \(pilot) --login \(outsider)`"), "\(refused.stderr)")
        let csv = demo.cli.path("outsider.csv")
        try "rating,category,text\n4,accuracy,fine\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try demo.run(["feedback", "import", "--pilot", pilot, csv], as: outsider).status == 1)
        #expect(try demo.auditCount() == count)
        #expect(try demo.feedbackCount() == feedback)
        // Leadership logs no feedback at all.
        #expect(try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "accuracy", "--text", "fine"], as: try demo.login(roles: ["leadership"])).status == 1)
        // The enrolled clinician is accepted.
        #expect(try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "accuracy", "--text", "fine"], as: clinician).status == 0)
        #expect(try demo.feedbackCount() != feedback)
    }

    @Test("a CSV import is all or nothing, names the bad line, and puts every row through the guard")
    func importCSV() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let csv = demo.cli.path("survey.csv")
        let rows = [
            "rating,category,text,tags",
            "4,accuracy,\"\(phiSentences[0])\",medication",
            "3,omission,\"\(phiSentences[1])\",order;symptom",
            "9,workflow,\"\(phiSentences[2])\",",
        ]
        try (rows.joined(separator: "\n") + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let count = try demo.auditCount()
        let feedback = try demo.feedbackCount()
        let bad = try demo.run(["feedback", "import", "--pilot", pilot, csv], as: clinician)
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("line 4") && bad.stderr.contains("rating"), "\(bad.stderr)")
        #expect(leaked(bad.stderr + bad.stdout) == [])
        #expect(try demo.feedbackCount() == feedback)
        #expect(try demo.auditCount() == count)

        var fixed = rows
        fixed[3] = "2,workflow,\"\(phiSentences[2])\","
        fixed.append("5,usability,\"\(cleanFeedback)\",other")
        try (fixed.joined(separator: "\n") + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let good = try demo.run(["feedback", "import", "--pilot", pilot, csv], as: clinician)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("imported 4") && good.stdout.contains("removed from 3"), "\(good.stdout)")
        #expect(leaked(good.stdout + good.stderr) == [])
        let list = try demo.feedbackList(pilot)
        let imported = Array(list.prefix(4))
        #expect(imported.map { $0["rating"] as? Int } == [5, 2, 3, 4])
        #expect(imported.compactMap { $0["text"] as? String }.filter { $0.contains("[SSN]") && $0.contains("[NAME]") }.count == 3)
        #expect(imported.first?["text"] as? String == cleanFeedback)
        #expect(imported[2]["tags"] as? [String] == ["order", "symptom"])
        #expect(leaked(try demo.run(["audit", "log", "--json", "--limit", "100000"]).stdout) == [])
        _ = try demo.cli.sqlite(demo.db, "PRAGMA wal_checkpoint(TRUNCATE);")
        #expect(DatabaseBytes(demo.db).found(phiNeedles) == [])
        try demo.expectIntact()
    }

    @Test("feedback import --help lists the columns in an order that imports, with every category and tag")
    func importHelp() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let help = try demo.run(["feedback", "import", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let columns = try #require(help.range(of: "rating,category,text[,tags]"), "\(help)")
        #expect(help[..<columns.lowerBound].contains("OVERVIEW"))
        for label in ["accuracy", "omission", "safety-concern", "medication", "symptom", "';'"] { #expect(help.contains(label), "\(label)") }
        let csv = demo.cli.path("as-help-says.csv")
        try "rating,category,text,tags\n4,accuracy,\"Draft was right, one edit\",medication;order\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try demo.run(["feedback", "import", "--pilot", pilot, csv], as: clinician)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try demo.feedbackList(pilot).first?["tags"] as? [String] == ["medication", "order"])
    }

    @Test("a refusal never echoes identifiers, even from a CSV whose columns were mixed up")
    func refusalsDoNotEcho() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        let csv = demo.cli.path("shifted.csv")
        // The text landed in the tags column.
        try "rating,category,tags,text\n4,accuracy,\(phiSentences[0].replacingOccurrences(of: ",", with: "")),fine\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try demo.run(["feedback", "import", "--pilot", pilot, csv], as: clinician)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2"))
        #expect(leaked(result.stderr) == [])
        let add = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "SSN 123-45-6789", "--text", "x"], as: clinician)
        #expect(add.status == 1)
        #expect(leaked(add.stderr) == [])
    }

    @Test("a safety or privacy concern prints how to open an incident linked to it; other categories do not")
    func concernHint() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        for category in ["safety-concern", "privacy-concern"] {
            let result = try demo.run(
                ["feedback", "add", "--pilot", pilot, "--rating", "1", "--category", category, "--text", "draft listed the wrong dose"], as: clinician)
            #expect(result.status == 0, "\(result.stderr)")
            let id = String(try #require(result.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))
            #expect(result.stdout.contains("open an incident"), "\(result.stdout)")
            #expect(result.stdout.contains("pilotdeck incident open --pilot \(pilot)") && result.stdout.contains("--feedback \(id)"))
        }
        let plain = try demo.run(["feedback", "add", "--pilot", pilot, "--rating", "4", "--category", "workflow", "--text", "two clicks saved"], as: clinician)
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("incident"))

        // Following the hint links the incident to the feedback entry.
        let concern = try demo.run(
            ["feedback", "add", "--pilot", pilot, "--rating", "1", "--category", "safety-concern", "--text", "wrong dose again"], as: clinician)
        let id = String(try #require(concern.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))
        let opened = try demo.run(
            ["incident", "open", "--pilot", pilot, "--severity", "medium", "--kind", "unsafe-output", "--summary", "wrong dose", "--feedback", id],
            as: clinician)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(try demo.cli.sqlite(demo.db, "SELECT COUNT(*) FROM incident WHERE feedback_id = \(id)") == "1\n")
        try demo.expectIntact()
    }
}
