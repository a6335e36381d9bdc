import Foundation
import PilotdeckTestSupport
import Testing

/// `--db` and `$PILOTDECK_DB` given a URL: a password in it is refused in one line that never
/// shows it, and a PostgreSQL URL is never mistaken for a file name.
@Suite("CLI: database URLs")
struct DatabaseURLCLITests {
    static let secret = "s3cr3t-Hunter2"

    @Test("a password in the URL is refused in one line, by every command, and never printed", arguments: [
        ["pilot", "list"], ["init", "--org-domain", "riverbend.example"], ["demo", "--seed-only"], ["audit", "verify"],
    ])
    func passwordRefused(command: [String]) throws {
        let cli = try CLI()
        for url in ["postgresql://kim:\(Self.secret)@db.example/pilotdeck", "postgres:///pilotdeck?host=/tmp&password=\(Self.secret)"] {
            let result = try cli.run(command + ["--db", url])
            #expect(result.status != 0)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("PGPASSWORD"), "\(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains(Self.secret))
        }
        let fromEnvironment = try cli.run(command, environment: ["PILOTDECK_DB": "postgresql://kim:\(Self.secret)@db.example/p"])
        #expect(fromEnvironment.status != 0 && !(fromEnvironment.stdout + fromEnvironment.stderr).contains(Self.secret))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).allSatisfy { !$0.contains("postgres") })
    }

    @Test("a PostgreSQL URL without a password is not taken for a file: one line, nothing created")
    func postgresNotAFile() throws {
        let cli = try CLI()
        let result = try cli.run(["pilot", "list", "--db", "postgresql:///pilotdeck?host=/tmp"])
        #expect(result.status != 0 && result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("PostgreSQL"), "\(result.stderr)")
        #expect(!result.stderr.contains("folder"))
    }
}
