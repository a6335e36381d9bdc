import PilotKit

/// The one place that decides which text columns the PHI guard runs on before anything is stored:
/// every text column of the schema is listed here, guarded or with the reason it is not.
/// A free-text column added later is guarded unless its reason is written down here.
enum TextColumnPolicy {
    /// One text column of the schema, for the test that compares this policy with the schema.
    struct Column: Hashable {
        let table: String
        let name: String
        /// Nil when the column is guarded.
        let unguardedBecause: String?
    }

    static let login = "a login: lowercase letters, digits, '.', '_' and '-', checked on entry"
    static let key = "a key checked on entry (letters, digits and '-')"
    static let label = "one of a fixed set of labels"
    static let day = "a day, YYYY-MM-DD"

    /// Every text column of every table.
    static var columns: [Column] {
        func columns<Row: GuardedText & StoredRecord>(_ row: Row.Type) -> [Column] {
            Row.textColumns.map { name, rule in
                if case .unguarded(let reason) = rule { return Column(table: Row.entity, name: name, unguardedBecause: reason) }
                return Column(table: Row.entity, name: name, unguardedBecause: nil)
            }
        }
        func table(_ name: String, _ reasons: [(String, String)]) -> [Column] {
            reasons.map { Column(table: name, name: $0.0, unguardedBecause: $0.1) }
        }
        let hashed = "a SHA-256 hash in hex"
        return columns(SettingRow.self) + columns(Person.self) + columns(DataDomain.self) + columns(PlaybookRow.self)
            + columns(Tool.self) + columns(ToolReview.self) + columns(Pilot.self) + columns(ScopeRow.self)
            + columns(ParticipantRow.self) + columns(MetricMeasurement.self) + columns(Feedback.self) + columns(Risk.self)
            + columns(Incident.self) + columns(IncidentEvent.self) + columns(Decision.self) + columns(SignOff.self)
            + table("audit", [
                ("os_login", "the OS login that ran Pilotdeck"), ("person_login", login), ("entity", "a table name"),
                ("entity_id", "a row's key or number"), ("action", label),
                ("before", "a row's state as stored, its guarded columns already redacted"),
                ("after", "a row's state as stored, its guarded columns already redacted"), ("prev_hash", hashed), ("hash", hashed),
            ])
            + table("audit_block", [("facet", label), ("value", "a login, table name or action indexed from the audit log")])
            + table(MeasurementSumTable.name, [("metric_key", "a measurement's metric key, summed from it"), ("stage", label)])
            + table(FeedbackTallyTable.name, [("stage", label), ("category", label)])
            + table(FeedbackTallyTable.tagName, [("tag", label)])
            + table("grdb_migrations", [("identifier", "a migration name fixed in the code")])
    }
}

extension SettingRow: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("key", .unguarded(because: "a setting name fixed in the code")),
         ("value", .unguarded(because: "organization mail domains or the demo flag, checked on entry"))]
    }
}

extension Person: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("login", .unguarded(because: TextColumnPolicy.login)),
         ("name", .unguarded(because: "a staff member's own name, shown to say who acted; the guard would replace it")),
         ("email", .unguarded(because: "a staff member's organization address, checked by the account policy")),
         ("department", .guarded(\.department)), ("roles", .unguarded(because: TextColumnPolicy.label)),
         ("discipline", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension DataDomain: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        let catalogue = "the built-in data-domain catalogue"
        return [("key", .unguarded(because: catalogue)), ("name", .unguarded(because: catalogue)),
                ("sensitivity", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension PlaybookRow: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        let file = "a playbook file checked by `playbook check`: staff's rules for a use case, the same for every pilot"
        return [("key", .unguarded(because: TextColumnPolicy.key)), ("title", .unguarded(because: file)), ("body", .unguarded(because: file))]
    }
}

extension Tool: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        let product = "the vendor's name for its product, compared to flag model changes; the guard would take it for a person or record number"
        return [("key", .unguarded(because: TextColumnPolicy.key)), ("name", .guarded(\.name)),
                ("vendor", .unguarded(because: "a company name; the guard would take it for a person's")),
                ("model", .unguarded(because: product)), ("version", .unguarded(because: product)),
                ("hosting", .unguarded(because: TextColumnPolicy.label)), ("vetting", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension ToolReview: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("reviewer_login", .unguarded(because: TextColumnPolicy.login)), ("discipline", .unguarded(because: TextColumnPolicy.label)),
         ("verdict", .unguarded(because: TextColumnPolicy.label)), ("notes", .guarded(\.notes))]
    }
}

extension Pilot: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("key", .unguarded(because: TextColumnPolicy.key)), ("name", .guarded(\.name)), ("problem", .guarded(\.problem)),
         ("success_criteria", .guarded(\.successCriteria)), ("playbook", .unguarded(because: TextColumnPolicy.key)),
         ("use_case", .unguarded(because: "the playbook's title")), ("owner_login", .unguarded(because: TextColumnPolicy.login)),
         ("tool_key", .unguarded(because: TextColumnPolicy.key)), ("stage", .unguarded(because: TextColumnPolicy.label)),
         ("status", .unguarded(because: TextColumnPolicy.label)), ("status_reason", .guarded(\.statusReason)),
         ("sites", .guardedList(\.sites)), ("started_on", .unguarded(because: TextColumnPolicy.day)),
         ("next_review_on", .unguarded(because: TextColumnPolicy.day)),
         ("action_plan_reviewed_on", .unguarded(because: TextColumnPolicy.day))]
    }
}

extension ScopeRow: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("domain_key", .unguarded(because: "a key of the data-domain catalogue")), ("access", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension ParticipantRow: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("login", .unguarded(because: TextColumnPolicy.login)), ("account", .unguarded(because: TextColumnPolicy.label)),
         ("pending_stage", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension MetricMeasurement: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("metric_key", .unguarded(because: "a metric key of the pilot's playbook, checked on entry")),
         ("day", .unguarded(because: TextColumnPolicy.day)), ("stage", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension Feedback: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("author_login", .unguarded(because: TextColumnPolicy.login)), ("stage", .unguarded(because: TextColumnPolicy.label)),
         ("category", .unguarded(because: TextColumnPolicy.label)), ("tags", .unguarded(because: TextColumnPolicy.label)),
         ("text", .guarded(\.text)), ("redacted_kinds", .unguarded(because: "the guard's own labels for what it removed"))]
    }
}

extension Risk: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("title", .guarded(\.title)), ("category", .unguarded(because: TextColumnPolicy.label)), ("mitigation", .guarded(\.mitigation)),
         ("owner_login", .unguarded(because: TextColumnPolicy.login)), ("status", .unguarded(because: TextColumnPolicy.label))]
    }
}

extension Incident: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("severity", .unguarded(because: TextColumnPolicy.label)), ("kind", .unguarded(because: TextColumnPolicy.label)),
         ("summary", .guarded(\.summary)), ("status", .unguarded(because: TextColumnPolicy.label)),
         ("opened_by", .unguarded(because: TextColumnPolicy.login)), ("steps_done", .unguarded(because: "action-plan step numbers")),
         ("metric_key", .unguarded(because: TextColumnPolicy.key))]
    }
}

extension IncidentEvent: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("author_login", .unguarded(because: TextColumnPolicy.login)), ("note", .guarded(\.note))]
    }
}

extension Decision: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("from_stage", .unguarded(because: TextColumnPolicy.label)), ("to_stage", .unguarded(because: TextColumnPolicy.label)),
         ("resulting_status", .unguarded(because: TextColumnPolicy.label)), ("kind", .unguarded(because: TextColumnPolicy.label)),
         ("rationale", .guarded(\.rationale)), ("conditions", .guarded(\.conditions)),
         ("decided_by", .unguarded(because: TextColumnPolicy.login)),
         ("evidence", .unguarded(because: "the gate readiness Pilotdeck computed from stored rows"))]
    }
}

extension SignOff: GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] {
        [("gate", .unguarded(because: TextColumnPolicy.label)), ("reviewer_login", .unguarded(because: TextColumnPolicy.login)),
         ("discipline", .unguarded(because: TextColumnPolicy.label)), ("verdict", .unguarded(because: TextColumnPolicy.label)),
         ("note", .guarded(\.note))]
    }
}
