import Foundation
import PilotdeckTestSupport
import Testing

@Suite("Dashboard under a non-UTF-8 locale (tmux)", .serialized)
struct ASCIILocaleEndToEndTests {
    @Test("with LANG=C the dashboard draws ASCII only: boxes, marks and ellipses have stand-ins")
    func asciiOnly() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let tmux = try Tmux.dashboard(
            cli, db: db, width: 100, height: 30, environment: ["LANG": "C", "LC_ALL": "C"], title: "Pilotdeck . Portfolio")
        var screen = try tmux.screen()
        // The portfolio's selected row and legend, then a pilot's tabs and the help box.
        try tmux.keys("Enter")
        screen += try tmux.waitFor(text: "Overview")
        try tmux.keys("?")
        screen += try tmux.waitFor(text: "Keys")
        let foreign = Set(screen.unicodeScalars.filter { !$0.isASCII })
        #expect(foreign.isEmpty, "non-ASCII on screen: \(foreign.map { String($0) }.joined()):\n\(screen)")
        #expect(screen.contains("+ Keys - ") && screen.contains("-----+"), "no ASCII box:\n\(screen)")
        #expect(screen.contains("***ooo"), "no ASCII stage pipeline:\n\(screen)")
        try tmux.keys("Escape")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")
    }
}
