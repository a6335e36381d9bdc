import Foundation

/// Finds GitHub-flavoured Markdown tables and counts each row's cells as cmark-gfm does: a pipe
/// right after a backslash is part of the cell (whatever precedes that backslash), any other
/// pipe separates cells.
enum MarkdownTables {
    /// Each table as the cell count of every row, header and delimiter included.
    static func cellCounts(_ markdown: String) -> [[Int]] {
        var tables: [[Int]] = []
        var current: [Int] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(cells(line))
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    static func cells(_ line: Substring) -> Int {
        let characters = Array(line)
        let separators = characters.indices.filter { characters[$0] == "|" && ($0 == 0 || characters[$0 - 1] != "\\") }
        return separators.count - 1
    }
}
