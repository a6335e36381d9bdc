import Foundation

/// Suggestions for misspelt names, so a refusal can offer the fix.
enum Spelling {
    /// "did you mean 'x'?" when one candidate is close to `word`, else `otherwise`.
    static func fix(for word: String, among candidates: [String], otherwise: String) -> String {
        nearest(to: word, in: candidates).map { "did you mean '\($0)'?" } ?? otherwise
    }

    /// The candidate within two edits of `word`, if exactly one is closest.
    private static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    /// Levenshtein distance: the fewest single-character insertions, deletions and substitutions.
    private static func distance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = min(above + 1, row[j] + 1, diagonal + (x == y ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
