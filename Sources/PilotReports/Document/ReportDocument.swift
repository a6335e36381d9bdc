import Foundation

/// A report laid out as titled sections of blocks, independent of format, so HTML and Markdown
/// show the same content from one description and cannot drift apart.
struct ReportDocument: Hashable, Sendable {
    /// One titled part of a report; printed on its own page when the document asks for it.
    struct Section: Hashable, Sendable {
        /// A stable anchor built from our own words, never from user text.
        var id: String
        var title: String
        var blocks: [Block]
    }

    var title: String
    var subtitle: String
    var sections: [Section]
    /// Each section starts a new printed page (a stage report); off for a one-page portfolio.
    var pageBreaks: Bool
}
