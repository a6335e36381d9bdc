import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: safeguards")
struct SafeguardCLITests {
    @Test("a measurement crossing a critical safeguard opens an incident linked to it and pauses the pilot, in its transaction; one incident per crossing; audit verify passes")
    func crossing() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let lead = try #require(try demo.summary(pilot)["owner"] as? String)
        func record(_ value: String) throws -> CLI.Result {
            try demo.run(["metric", "record", "--pilot", pilot, "--metric", "significant-errors", "--value", value, "--n", "40"], as: lead)
        }
        func incidents() throws -> [[String: Any]] {
            try #require(try demo.json(["incident", "list", "--pilot", pilot]) as? [[String: Any]])
                .filter { $0["kind"] as? String == "safeguard" }
        }

        func auditCount() throws -> Int { try #require(Int(try demo.auditCount().trimmingCharacters(in: .whitespacesAndNewlines))) }
        let before = try auditCount()
        let calm = try record("0")
        #expect(calm.status == 0 && !calm.stdout.contains("safeguard"), "\(calm.stdout)")
        #expect(try demo.summary(pilot)["status"] as? String == "active")
        #expect(try incidents().isEmpty)

        let crossed = try record("2")
        #expect(crossed.status == 0, "\(crossed.stderr)")
        #expect(crossed.stdout.contains("safeguard: significant-errors crossed its action threshold: incident #"), "\(crossed.stdout)")
        #expect(crossed.stdout.contains("(critical) opened; the pilot is paused"))
        let measurements = try #require(try demo.json(["metric", "list", "--pilot", pilot, "--metric", "significant-errors"]) as? [[String: Any]])
        let crossing = try #require(measurements.last { $0["value"] as? Double == 2 }?["id"] as? Int)
        let opened = try incidents()
        #expect(opened.count == 1)
        let incident = try #require(opened.first)
        #expect(incident["severity"] as? String == "critical" && incident["status"] as? String == "open")
        #expect(incident["metricKey"] as? String == "significant-errors")
        #expect(incident["measurementID"] as? Int == crossing)
        let id = try #require(incident["id"] as? Int)
        let paused = try demo.summary(pilot)
        #expect(paused["status"] as? String == "paused")
        #expect((paused["statusReason"] as? String)?.contains("incident #\(id) (critical safeguard)") == true)
        // The calm measurement, then the crossing one, its incident and the pause: one transaction's entries.
        #expect(try auditCount() == before + 4)
        let (status, readiness) = try demo.gate(pilot)
        #expect(status == 2 && readiness["blocked"] as? Bool == true)

        let csv = "metric,value,n,date\nsignificant-errors,1,30,\(UTCDay.today)\nsignificant-errors,0,30,\(UTCDay.today)\nsignificant-errors,3,30,\(UTCDay.today)\n"
        let imported = try demo.run(["metric", "import", "--pilot", pilot, "-"], as: lead, stdin: csv)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.components(separatedBy: "safeguard: ").count - 1 == 2, "\(imported.stdout)")
        #expect(try incidents().count == 3)
        try demo.expectIntact()
    }

    @Test("a baseline crossing the threshold trips nothing: it was measured before the tool")
    func baseline() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let lead = try #require(try demo.summary(pilot)["owner"] as? String)
        let result = try demo.run(
            ["metric", "record", "--pilot", pilot, "--metric", "significant-errors", "--value", "1", "--n", "40", "--baseline"], as: lead)
        #expect(result.status == 0 && !result.stdout.contains("safeguard"))
        #expect(try demo.summary(pilot)["status"] as? String == "active")
    }
}

private enum UTCDay {
    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
