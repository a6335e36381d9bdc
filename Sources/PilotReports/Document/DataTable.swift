import Foundation

/// A captioned table whose first column names each row.
struct DataTable: Hashable, Sendable {
    struct Column: Hashable, Sendable {
        var title: String
        /// Right-aligned figures.
        var numeric: Bool = false
    }

    struct Cell: Hashable, Sendable, ExpressibleByStringLiteral {
        var text: String
        var tone: Tone = .plain

        init(_ text: String, tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }

        init(stringLiteral value: String) { self.init(value) }
    }

    var caption: String
    var columns: [Column]
    /// One cell per column in every row.
    let rows: [[Cell]]
    /// Said instead of an empty table.
    var emptyText: String

    init(caption: String, columns: [Column], rows: [[Cell]], emptyText: String = "None recorded.") {
        precondition(rows.allSatisfy { $0.count == columns.count }, "a row of '\(caption)' does not have one cell per column")
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }
}
