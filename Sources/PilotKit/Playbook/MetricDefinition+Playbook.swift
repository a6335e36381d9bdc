import Foundation

extension MetricDefinition {
    static let playbookFields = ["key", "name", "unit", "better", "target"]

    /// Reads one entry of a playbook's `metrics` list, whose key must differ from the earlier ones.
    init(playbook node: PlaybookNode, after earlier: [MetricDefinition]) throws {
        let fields = try node.fields(Self.playbookFields)
        let keyNode = try fields.required("key")
        let key = try keyNode.identifier()
        if earlier.contains(where: { $0.key == key }) {
            throw keyNode.error("'\(key)' is already defined above; give each metric its own key")
        }
        self.init(
            key: key,
            name: try fields.required("name").requiredText(max: 120),
            unit: try fields.required("unit").requiredText(max: 40),
            direction: try fields.required("better").label(MetricDirection.self),
            target: try fields.required("target").parse(MetricTarget.init(parsing:field:)))
    }
}
