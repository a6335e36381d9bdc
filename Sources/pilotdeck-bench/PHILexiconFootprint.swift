import Foundation
import PilotKit

/// What the PHI guard's name and place lexicon weighs (#17): the bytes its keys add to the binary,
/// and the resident memory the process takes on when the first lookup indexes them (VmRSS before
/// and after), against the issue's bounds of 8 and 20 MiB.
struct PHILexiconFootprint {
    static let binaryTarget = 8 * 1_048_576
    static let residentTarget = 20 * 1_048_576

    let keys: Int
    let binaryBytes: Int
    let indexBytes: Int
    let residentBytes: Int
    let indexing: Duration

    var passes: Bool { binaryBytes <= Self.binaryTarget && residentBytes <= Self.residentTarget }

    /// Indexes the lexicon and measures it; must run before anything else in the process redacts
    /// text, or the index is already built.
    static func measure() throws -> PHILexiconFootprint {
        let before = try residentBytes()
        let clock = ContinuousClock()
        let start = clock.now
        let keys = PHIReferenceLexicon.count
        let indexing = clock.now - start
        return PHILexiconFootprint(
            keys: keys, binaryBytes: PHIReferenceLexicon.binaryBytes, indexBytes: PHIReferenceLexicon.indexBytes,
            residentBytes: try residentBytes() - before, indexing: indexing)
    }

    var summary: String {
        "lexicon: \(keys) keys, \(Units.mib(binaryBytes)) in the binary (≤ \(Units.mib(Self.binaryTarget))), "
            + "\(Units.mib(residentBytes)) resident once indexed (≤ \(Units.mib(Self.residentTarget)); "
            + "\(Units.mib(indexBytes)) of it the index), indexed in \(Units.ms(indexing)) \(passes ? "pass" : "MISS")"
    }

    private static func residentBytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { throw BenchError("no VmRSS in /proc/self/status") }
        return kib * 1024
    }
}
