import Foundation
import PilotKit
import Testing
import TerminalKit
@testable import PilotDeck

/// A clinician's one act is logging feedback, so its key must survive the status bar's cut.
@Suite("Clinician status bar", .serialized)
struct ClinicianStatusBarTests {
    let fixture = DemoFixture.shared

    @Test("a clinician sees f feedback on their home and on a pilot they take part in, at 80 columns", arguments: [80, 120])
    func feedbackHint(width: Int) throws {
        let clinicians = try fixture.database.people().filter { $0.roles == [.clinician] }
        let clinician = try #require(try clinicians.first { try !fixture.database.pilots(involving: $0.login).isEmpty })
        var state = fixture.runtime.start(
            session: Session(user: clinician, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true),
            size: Size(width: width, height: 24), playbookKeys: [])
        let home = try #require(DeckView.render(state, theme: .mono).lines().last)
        #expect(home.contains("f feedback"), "\(home)")
        fixture.press([.enter], on: &state)
        let pilot = try #require(DeckView.render(state, theme: .mono).lines().last)
        #expect(pilot.contains("f feedback"), "\(pilot)")
    }
}
