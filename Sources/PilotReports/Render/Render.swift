import Foundation

/// A stage report in the given format. Pure: the same report always gives the same text.
public func render(_ report: StageReport, as format: ReportFormat) -> String {
    switch format {
    case .markdown: MarkdownRenderer.render(report.document)
    case .html: HTMLRenderer.render(report.document)
    case .csv: report.csv
    case .json: JSONRenderer.render(report)
    }
}

/// A portfolio report in the given format. Pure: the same report always gives the same text.
public func render(_ report: PortfolioReport, as format: ReportFormat) -> String {
    switch format {
    case .markdown: MarkdownRenderer.render(report.document)
    case .html: HTMLRenderer.render(report.document)
    case .csv: report.csv
    case .json: JSONRenderer.render(report)
    }
}
