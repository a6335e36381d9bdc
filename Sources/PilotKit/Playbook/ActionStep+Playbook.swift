import Foundation

extension ActionStep {
    static let playbookFields = ["step", "clock_hours", "kinds"]

    /// Reads one entry of a playbook's `action_plan` list.
    init(playbook node: PlaybookNode) throws {
        let fields = try node.fields(Self.playbookFields)
        self.init(
            title: try fields.required("step").requiredText(max: 200),
            clockHours: try fields.optional("clock_hours")?.wholeNumber(in: 1...8760),
            kinds: try fields.optional("kinds")?.list(atLeastOne: "leave out 'kinds' to apply the step to every incident") {
                try $0.label(IncidentKind.self)
            } ?? [])
    }
}
