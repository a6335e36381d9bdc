import Foundation

extension RiskTemplate {
    static let playbookFields = ["title", "category", "likelihood", "impact", "mitigation"]

    /// Reads one entry of a playbook's `starter_risks` list; a starter risk always comes with a mitigation.
    init(playbook node: PlaybookNode) throws {
        let fields = try node.fields(Self.playbookFields)
        self.init(
            title: try fields.required("title").requiredText(max: 200),
            category: try fields.required("category").label(RiskCategory.self),
            likelihood: try fields.required("likelihood").wholeNumber(in: 1...5),
            impact: try fields.required("impact").wholeNumber(in: 1...5),
            mitigation: try fields.required("mitigation").requiredText(max: 2000, multiline: true))
    }
}
