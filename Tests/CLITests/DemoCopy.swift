import Foundation
import PilotDemo
import PilotdeckTestSupport
import Testing

/// A private copy of the demo database and shorthands to drive it as its people.
struct DemoCopy {
    let cli: CLI
    let db: String
    /// The demo's notable pilots.
    let seeded: DemoSummary

    init() throws {
        cli = try CLI()
        seeded = try SeededDemo.summary
        db = try SeededDemo.copy(into: cli)
    }

    /// Runs a subcommand on this database, acting as `login` when given.
    @discardableResult
    func run(_ arguments: [String], as login: String? = nil, stdin: String = "") throws -> CLI.Result {
        try cli.run(arguments + ["--db", db] + (login.map { ["--as", $0] } ?? []), stdin: stdin)
    }

    func json(_ arguments: [String], as login: String? = nil) throws -> Any {
        let result = try run(arguments + ["--json"], as: login)
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func people() throws -> [[String: Any]] {
        try #require(try json(["person", "list"]) as? [[String: Any]])
    }

    /// A person whose roles are exactly `roles`.
    func login(roles: Set<String>, excluding: Set<String> = []) throws -> String {
        let person = try people().first {
            Set(($0["roles"] as? [String]) ?? []) == roles && !excluding.contains($0["login"] as? String ?? "")
        }
        return try #require(person?["login"] as? String, "no demo person has exactly the roles \(roles.sorted())")
    }

    func pilots() throws -> [[String: Any]] {
        try #require(try json(["pilot", "list"]) as? [[String: Any]])
    }

    /// `pilot show --json`: the pilot summary plus scope, participants and metrics.
    func show(_ pilot: String) throws -> [String: Any] {
        try #require(try json(["pilot", "show", pilot]) as? [String: Any])
    }

    func summary(_ pilot: String) throws -> [String: Any] {
        try #require(try show(pilot)["pilot"] as? [String: Any])
    }

    /// The gate's exit status and its JSON.
    func gate(_ pilot: String) throws -> (status: Int32, readiness: [String: Any]) {
        let result = try run(["gate", "--pilot", pilot, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return (result.status, try #require(object as? [String: Any], "\(result.stderr)"))
    }

    func criteria(_ readiness: [String: Any]) throws -> [[String: Any]] {
        try #require(readiness["criteria"] as? [[String: Any]])
    }

    func criterion(_ name: String, of readiness: [String: Any]) throws -> [String: Any] {
        try #require(try criteria(readiness).first { $0["name"] as? String == name }, "no criterion '\(name)'")
    }

    func auditCount() throws -> String { try cli.sqlite(db, "SELECT COUNT(*) FROM audit") }

    func auditLog(pilot: String? = nil, limit: Int = 100_000) throws -> [[String: Any]] {
        try #require(try json(["audit", "log", "--limit", String(limit)] + (pilot.map { ["--pilot", $0] } ?? [])) as? [[String: Any]])
    }

    /// The audited decision rows of a pilot, newest first, with their stored fields.
    func decisions(of pilot: String) throws -> [[String: Any]] {
        try auditLog(pilot: pilot).filter { $0["entity"] as? String == "decision" && $0["action"] as? String == "insert" }
            .map { entry in
                let after = try #require(entry["after"] as? String)
                return try #require(try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [String: Any])
            }
    }

    func expectIntact(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verify = try run(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)", sourceLocation: sourceLocation)
        #expect(verify.stdout.contains("intact"), sourceLocation: sourceLocation)
    }

    /// Roles the pilot's playbook lets decide gates.
    func decidedBy(_ pilot: String) throws -> [String] {
        let playbookKey = try #require(try summary(pilot)["playbook"] as? String)
        let playbooks = try #require(try cli.json(["playbook", "list", "--json"]) as? [[String: Any]])
        return try #require(playbooks.first { $0["key"] as? String == playbookKey }?["decidedBy"] as? [String])
    }
}
