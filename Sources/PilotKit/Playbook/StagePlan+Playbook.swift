import Foundation

extension StagePlan {
    static let playbookFields = ["stage", "cohort_cap", "domains", "gate"]

    /// Reads a playbook's `stages` list: every stage once and in order, cohort caps that never
    /// shrink, and a scope that only widens (rule 3: small steps).
    static func playbookStages(
        _ node: PlaybookNode, metrics: [MetricDefinition], catalogue: [DataDomain]
    ) throws -> [StagePlan] {
        var plans: [StagePlan] = []
        for item in try node.items() {
            plans.append(try StagePlan(playbook: item, after: plans.last, metrics: metrics, catalogue: catalogue))
        }
        if plans.count < Stage.allCases.count {
            let missing = Stage.allCases.dropFirst(plans.count).map(\.rawValue).joined(separator: ", ")
            throw node.error("lists \(plans.count) of the \(Stage.allCases.count) stages; add \(missing)")
        }
        return plans
    }

    private init(
        playbook node: PlaybookNode, after previous: StagePlan?, metrics: [MetricDefinition],
        catalogue: [DataDomain]
    ) throws {
        let fields = try node.fields(Self.playbookFields)
        let stageNode = try fields.required("stage")
        let stage = try stageNode.label(Stage.self)
        let expected: Stage? = if let previous { previous.stage.next } else { .intake }
        if stage != expected {
            let order = Stage.labels.joined(separator: ", ")
            throw stageNode.error(
                expected.map { "'\(stage.rawValue)' is out of place; expected '\($0.rawValue)' here (stages run \(order), each once)" }
                    ?? "'\(stage.rawValue)' comes after general; stages run \(order), each once")
        }

        let capNode = try fields.required("cohort_cap")
        let cap = try capNode.wholeNumber(in: 0...10_000_000)
        if let previous, cap < previous.cohortCap {
            throw capNode.error("\(cap) is below the \(previous.stage.rawValue) cap of \(previous.cohortCap); a cohort may only grow from stage to stage")
        }

        let domains = try Self.scope(fields.optional("domains"), in: node, after: previous, catalogue: catalogue)

        let gate: GatePlan
        if stage == .intake {
            if let extra = fields.optional("gate") {
                throw extra.error("intake has no gate, since every pilot starts there; remove it")
            }
            gate = GatePlan()
        } else {
            gate = try GatePlan(playbook: fields.required("gate"), metrics: metrics)
        }
        self.init(stage: stage, cohortCap: cap, domains: domains, gate: gate)
    }

    /// Reads `domains` (domain key: access). Everything the previous stage allowed must stay
    /// allowed with at least the same access: scope widens only forward, through a gate.
    private static func scope(
        _ node: PlaybookNode?, in stageNode: PlaybookNode, after previous: StagePlan?, catalogue: [DataDomain]
    ) throws -> [ScopeEntry] {
        let keys = catalogue.map(\.key)
        var scope: [ScopeEntry] = []
        for entry in try node?.entries(hint: "domain: access pairs, e.g. 'encounter-audio: read'") ?? [] {
            guard keys.contains(entry.key) else {
                let fix = Spelling.fix(for: entry.key, among: keys, otherwise: "use one of \(keys.joined(separator: ", "))")
                throw entry.error("unknown data domain; \(fix)")
            }
            let access = try entry.value.label(Access.self)
            if let previous, let before = previous.domains.first(where: { $0.domainKey == entry.key }),
                access < before.access
            {
                throw entry.value.error("'\(access.rawValue)' narrows the \(before.access.rawValue) access allowed at \(previous.stage.rawValue); keep at least \(before.access.rawValue)")
            }
            scope.append(ScopeEntry(domainKey: entry.key, access: access))
        }
        if let previous, let dropped = previous.domains.first(where: { old in !scope.contains { $0.domainKey == old.domainKey } }) {
            let place = node ?? stageNode
            throw PlaybookError(
                file: place.file, line: place.line, field: "\(stageNode.path).domains",
                message: "drops '\(dropped.domainKey)', allowed at \(previous.stage.rawValue); scope only widens, so keep '\(dropped.domainKey): \(dropped.access.rawValue)'")
        }
        return scope
    }
}
