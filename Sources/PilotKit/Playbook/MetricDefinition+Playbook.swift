import Foundation

extension MetricDefinition {
    static let playbookFields = ["key", "name", "unit", "better", "target", "kind", "margin", "action", "action_severity"]

    /// Reads one entry of a playbook's `metrics` list, whose key must differ from the earlier ones.
    init(playbook node: PlaybookNode, after earlier: [MetricDefinition]) throws {
        let fields = try node.fields(Self.playbookFields)
        let keyNode = try fields.required("key")
        let key = try keyNode.identifier()
        if earlier.contains(where: { $0.key == key }) {
            throw keyNode.error("'\(key)' is already defined above; give each metric its own key")
        }
        let target = try fields.required("target").parse(MetricTarget.init(parsing:field:))
        let marginNode = fields.optional("margin")
        let margin = try marginNode?.parse(Self.margin)
        if let marginNode, target != .notWorseThanBaseline {
            throw marginNode.error("applies only to a 'not worse' target; remove it or change the target")
        }
        let action = try fields.optional("action")?.parse(ActionThreshold.init(parsing:field:))
        let severityNode = fields.optional("action_severity")
        let severity = try severityNode?.label(Severity.self)
        if action != nil, severity == nil {
            throw try fields.required("action").error("needs action_severity (low, medium, high or critical): the incident it opens")
        }
        if let severityNode, action == nil { throw severityNode.error("needs an action threshold such as '> 0'") }
        self.init(
            key: key,
            name: try fields.required("name").requiredText(max: 120),
            unit: try fields.required("unit").requiredText(max: 40),
            direction: try fields.required("better").label(MetricDirection.self),
            target: target, kind: try fields.optional("kind")?.label(MetricKind.self), margin: margin, action: action,
            actionSeverity: severity)
    }

    private static func margin(_ text: String, field: String) throws -> Double {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
            throw FieldError(field, "'\(Text.sanitized(text))' is not a margin; give a number of the metric's unit, 0 or more")
        }
        return value
    }
}
