import Foundation

extension GatePlan {
    static let playbookFields = ["signoffs", "metrics"]

    /// Reads a stage's `gate`; its metric keys must name metrics the playbook defines.
    init(playbook node: PlaybookNode, metrics: [MetricDefinition]) throws {
        let fields = try node.fields(Self.playbookFields)
        let signoffs = try fields.required("signoffs").list(
            atLeastOne: "a gate needs sign-off from at least one of \(Discipline.labels.joined(separator: ", "))"
        ) { try $0.label(Discipline.self) }
        let keys = try fields.optional("metrics")?.list { item in
            let key = try item.text(max: 40)
            guard metrics.contains(where: { $0.key == key }) else {
                let fix = Spelling.fix(for: key, among: metrics.map(\.key), otherwise: "define it under metrics first")
                throw item.error("'\(Text.sanitized(key))' is not a metric of this playbook; \(fix)")
            }
            return key
        }
        self.init(signoffs: signoffs, metrics: keys ?? [])
    }
}
