import Foundation
import PilotdeckTestSupport
import Testing

/// Identifiers written without a cue (#17), each kind in more than one form, all fictional.
private let uncuedSentences = [
    "Header read HOWARD PEMBERTON, mrs thibodeaux called, and the draft for Kowalczyk was late.",
    "Patient from Tuscaloosa lives on Riverside Drive; her son in Leeds is on +44 20 7946 0321.",
    "She was born in 1931 and gave 0161 496 0777 and +52 55 5555 0198 for family in Guadalajara.",
    "spoke with szymanski, NOTE FOR NAKASHIMA IS WRONG, and he moved to Kalamazoo.",
]
/// The raw values, none of which may be stored or printed ("born in 1931", not "1931", which a
/// hash in the file may spell by chance).
private let uncuedNeedles = [
    "Pemberton", "thibodeaux", "Kowalczyk", "Tuscaloosa", "Riverside Drive", "Leeds", "7946 0321", "born in 1931",
    "496 0777", "5555 0198", "Guadalajara", "szymanski", "Nakashima", "Kalamazoo",
]

@Suite("CLI: identifiers without a cue and the PHI guard")
struct UncuedPHICLITests {
    @Test("feedback add stores none of them: not in the database, its WAL, the audit log or any output")
    func neverStored() throws {
        let demo = try DemoCopy()
        let (pilot, clinician, _) = try demo.enrolment()
        #expect(DatabaseBytes(demo.db).found(uncuedNeedles).isEmpty)

        let holder = try WALHolder(db: demo.db, marker: demo.cli.path("holding.txt"))
        var outputs: [String] = []
        for sentence in uncuedSentences {
            let result = try demo.run(
                ["feedback", "add", "--pilot", pilot, "--rating", "3", "--category", "privacy-concern", "--text", sentence],
                as: clinician)
            outputs += [result.stdout, result.stderr]
            #expect(result.status == 0, "\(result.stderr)")
        }
        let placeholders = outputs.joined(separator: "\n")
        for placeholder in ["[NAME]", "[ADDRESS]", "[PHONE]", "[AGE>89]"] {
            #expect(placeholders.contains(placeholder), "\(placeholder) missing in: \(placeholders)")
        }

        let written = DatabaseBytes(demo.db)
        #expect(!written.wal.isEmpty, "the writes should still be in the WAL")
        #expect(written.inWAL("[AGE>89]"), "the byte search must find what was stored")
        #expect(written.found(uncuedNeedles) == [])
        try holder.release()
        _ = try demo.cli.sqlite(demo.db, "PRAGMA wal_checkpoint(TRUNCATE);")
        #expect(DatabaseBytes(demo.db).inMain("[AGE>89]"))
        #expect(DatabaseBytes(demo.db).found(uncuedNeedles) == [])

        let audit = try demo.run(["audit", "log", "--json", "--limit", "100000"])
        let list = try demo.run(["feedback", "list", "--pilot", pilot, "--json"])
        outputs += [audit.stdout, audit.stderr, list.stdout, list.stderr]
        #expect(audit.status == 0 && audit.stdout.contains("[ADDRESS]"))
        let everything = outputs.joined(separator: "\n").lowercased()
        #expect(uncuedNeedles.filter { everything.contains($0.lowercased()) } == [])
        try demo.expectIntact()
    }
}
