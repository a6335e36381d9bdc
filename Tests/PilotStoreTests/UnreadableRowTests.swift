import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

/// A value written by hand that no Pilotdeck type can hold (`status = 'bogus'`) is a tampered row,
/// named by `audit verify`, and hides only itself from lists.
@Suite("Unreadable rows")
struct UnreadableRowTests {
    static func fixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        let lead = try fixture.as_("lee")
        try lead.addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        try lead.recordMeasurement(pilot: "AMB-FM", MeasurementInput(metricKey: "doc-time", value: 9, n: 10, day: StoreFixture.today))
        try lead.createPilot(
            NewPilot(key: "AMB-ED", name: "Ambient scribe, emergency", ownerLogin: "lee", toolKey: "SCRIBE"),
            playbook: StoreFixture.playbook("ambient-scribe"))
        return fixture
    }

    @Test("verify names the row and the column instead of failing with a decoding error", arguments: [
        ("UPDATE pilot SET status = 'bogus' WHERE id = 1", "pilot", "1", "status"),
        ("UPDATE measurement SET stage = 'bogus' WHERE id = 1", "measurement", "1", "stage"),
        ("UPDATE participant SET account = 'nope'", "participant", "1/cam", "account"),
        ("UPDATE data_domain SET sensitivity = 'x' WHERE key = 'encounter-audio'", "data_domain", "encounter-audio", "sensitivity"),
    ])
    func verifyNamesTheRow(sql: String, entity: String, id: String, column: String) throws {
        let fixture = try Self.fixture()
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems == [.init(
            entity: entity, id: id,
            problem: "row cannot be read (column \(column) holds a value Pilotdeck never writes): changed outside Pilotdeck")])
        #expect(report.firstBrokenSeq == nil && !report.isIntact)
    }

    @Test("the pilot list leaves the unreadable pilot out, names it, and keeps the others")
    func pilotListKeepsTheRest() throws {
        let fixture = try Self.fixture()
        try fixture.tamper("UPDATE pilot SET status = 'bogus' WHERE key = 'AMB-FM'")
        let read = try fixture.database.readablePilots()
        #expect(read.records.map(\.key) == ["AMB-ED"])
        #expect(read.unreadable.map(\.description) == [
            "pilot 1: row cannot be read (column status holds a value Pilotdeck never writes): changed outside Pilotdeck",
        ])
        #expect(try fixture.database.readablePilots(involving: "lee").records.map(\.key) == ["AMB-ED"])
    }
}
