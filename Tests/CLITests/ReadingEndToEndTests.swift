import Foundation
import PilotdeckTestSupport
import Testing

/// Texts the lists cut off, read whole in the real dashboard under tmux.
@Suite("Reading whole rows end to end (tmux)", .serialized)
struct ReadingEndToEndTests {
    @Test("Enter on an audit entry shows it whole and scrolls; Esc closes it; v verifies the chain")
    func auditEntry() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let newest = try #require((try cli.json(["audit", "log", "--db", db, "--json", "--limit", "1"]) as? [[String: Any]])?.first)
        let seq = try #require(newest["seq"] as? Int)
        let hash = try #require(newest["hash"] as? String)
        let after = try #require(newest["after"] as? String)
        let afterFields = try #require(try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [String: Any])
        let tmux = try Tmux.dashboard(cli, db: db, width: 100, height: 30)
        try tmux.keys("5")
        try tmux.waitFor(text: "Chain: not verified yet")
        try tmux.keys("Enter")
        // The pane may be captured while curses is still writing: wait for the panel's footer too.
        var screen = try tmux.waitFor("the whole entry panel") { $0.contains("Audit entry \(seq) —") && Self.position($0) != nil }
        #expect(screen.contains("hash \(hash)"), "\(screen)")
        #expect(screen.contains("Changed:") && screen.contains("Before:"), "\(screen)")
        #expect(!screen.contains("Chain: intact"), "Enter verified the chain instead of opening the entry")

        // The entry is longer than the panel: the footer says which lines show, and G reaches the
        // after state's last field.
        let first = try #require(Self.position(screen), "no position in the footer:\n\(screen)")
        #expect(first.from == 1 && first.to < first.total, "\(first)")
        let lastField = try #require(afterFields.keys.sorted().last)
        try tmux.keys("G")
        screen = try tmux.waitFor("the end of the entry") { Self.position($0).map { $0.to == $0.total } ?? false }
        #expect(screen.split(separator: "\n").contains { $0.contains("│ \(lastField): ") }, "\(screen)")
        try tmux.keys("Escape")
        try tmux.waitFor("the reader to close") { !$0.contains("Audit entry \(seq) —") }

        try tmux.keys("v")
        try tmux.waitFor(text: "Chain: intact")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    /// The "FROM–TO of TOTAL" a scrolled reader shows in its footer.
    static func position(_ screen: String) -> (from: Int, to: Int, total: Int)? {
        guard let match = screen.firstMatch(of: /(\d+)–(\d+) of (\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }
}
