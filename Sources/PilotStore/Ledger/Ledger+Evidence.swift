import Foundation
import GRDB
import PilotKit

/// An input row of a batch import, with the line it came from so refusals can name it.
public struct Numbered<Value: Sendable>: Sendable {
    public var line: Int
    public var value: Value

    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}

/// A refusal inside a batch: the line, then the field error. The whole batch is rolled back.
public struct LineError: Error, CustomStringConvertible {
    public let line: Int
    public let error: Error

    public var description: String { "line \(line): \(error)" }
}

/// A metric observation as given by a person or a file; the pilot and stage are filled in.
public struct MeasurementInput: Sendable {
    public var metricKey: String
    public var value: Double
    public var n: Int
    public var day: Day
    public var isBaseline: Bool
    /// The standard deviation behind a mean.
    public var sd: Double?

    public init(metricKey: String, value: Double, n: Int, day: Day, isBaseline: Bool = false, sd: Double? = nil) {
        self.metricKey = metricKey
        self.value = value
        self.n = n
        self.day = day
        self.isBaseline = isBaseline
        self.sd = sd
    }
}

/// A clinician's feedback before the PHI guard has run.
public struct FeedbackInput: Sendable {
    public var rating: Int
    public var category: FeedbackCategory
    public var tags: [EditTag]
    public var rawText: String

    public init(rating: Int, category: FeedbackCategory, tags: [EditTag] = [], rawText: String) {
        self.rating = rating
        self.category = category
        self.tags = tags
        self.rawText = rawText
    }
}

extension Ledger {
    /// Runs a one-row batch; its refusal needs no line number.
    static func single<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as LineError { throw error.error }
    }

    /// Runs one row of a batch, naming its line in a refusal. A database error passes through
    /// unwrapped for the store to translate: a full disk is not the row's fault, and its SQL
    /// must never reach a message.
    static func row<T>(_ line: Int, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw error } catch { throw LineError(line: line, error: error) }
    }

    // MARK: - Metrics

    @discardableResult
    public func recordMeasurement(pilot key: String, _ input: MeasurementInput) throws -> MetricMeasurement {
        try Self.single { try recordMeasurements(pilot: key, [Numbered(line: 1, value: input)]).first! }
    }

    /// Records many measurements all-or-nothing; a refusal names the input line. Each one that
    /// crosses its metric's safeguard opens an incident (`safeguard`) in the same transaction.
    @discardableResult
    public func recordMeasurements(pilot key: String, _ inputs: [Numbered<MeasurementInput>]) throws -> [MetricMeasurement] {
        try write(.recordMetrics) { writes in
            var pilot = try Self.pilot(key, writes.session)
            let playbook = try Self.playbook(pilot.playbook, writes.session)
            let today = Day(writes.at)
            var stored: [MetricMeasurement] = []
            stored.reserveCapacity(inputs.count)
            for input in inputs {
                try Self.row(input.line) {
                    let value = input.value
                    guard let definition = playbook.metric(value.metricKey) else {
                        throw FieldError("metric", "'\(Text.sanitized(value.metricKey))' is not a metric of the \(playbook.key) playbook; use one of \(playbook.metrics.map(\.key).joined(separator: ", "))")
                    }
                    if value.sd != nil, definition.statisticalKind != .mean {
                        throw FieldError("sd", "\(definition.key) is a \(definition.statisticalKind.rawValue) metric, judged from its counts; a standard deviation applies only to a mean")
                    }
                    var row = MetricMeasurement(
                        pilotID: pilot.id!, metricKey: value.metricKey, value: value.value, n: value.n,
                        day: value.day, stage: pilot.stage, isBaseline: value.isBaseline, sd: value.sd)
                    try row.validate()
                    try row.checkPlausible(definition, pilotStartedOn: pilot.startedOn, today: today)
                    try writes.insert(&row)
                    stored.append(row)
                    if let paused = try Self.safeguard(row, definition, pilot: pilot, by: actor.login, &writes) { pilot = paused }
                }
            }
            return stored
        }
    }

    // MARK: - Feedback

    /// Logs feedback after the PHI guard: only the redacted text is ever stored or audited.
    @discardableResult
    public func logFeedback(pilot key: String, _ input: FeedbackInput) throws -> (Feedback, Redaction) {
        try Self.single { try logFeedback(pilot: key, [Numbered(line: 1, value: input)]).first! }
    }

    /// Logs a batch all-or-nothing, every row through the guard.
    @discardableResult
    public func logFeedback(pilot key: String, _ inputs: [Numbered<FeedbackInput>]) throws -> [(Feedback, Redaction)] {
        try write(.logFeedback) { writes in
            let pilot = try Self.pilot(key, writes.session)
            if NotParticipant.applies(to: actor) {
                let enrolled = try writes.session.record(ParticipantRow.self, key: [pilot.id!, actor.login])
                if enrolled == nil { throw NotParticipant(login: actor.login, pilot: pilot.key) }
            }
            var stored: [(Feedback, Redaction)] = []
            stored.reserveCapacity(inputs.count)
            for input in inputs {
                try Self.row(input.line) {
                    let value = input.value
                    try Feedback.validate(rating: value.rating)
                    var row = Feedback(
                        pilotID: pilot.id!, authorLogin: actor.login, stage: pilot.stage, rating: value.rating,
                        category: value.category, tags: value.tags.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                        text: value.rawText, redactedKinds: [], createdAt: writes.at)
                    var redaction = Redaction(text: "", findings: [])
                    row.redactText { text in
                        redaction = phiGuard.redact(text, writtenOn: writes.at)
                        return redaction.text
                    }
                    row.redactedKinds = redaction.kinds.map { $0.rawValue }
                    try Text.check(row.text, field: "text", max: 8000, multiline: true)
                    try writes.insert(&row)
                    stored.append((row, redaction))
                }
            }
            return stored
        }
    }

    // MARK: - Risks

    @discardableResult
    public func addRisk(pilot key: String, title: String, category: RiskCategory, likelihood: Int, impact: Int, mitigation: String, owner: String?) throws -> Risk {
        try write(.manageRisks) { writes in
            let pilot = try Self.pilot(key, writes.session)
            let ownerLogin = try Self.person(owner ?? actor.login, writes.session).login
            var risk = Self.guarded(
                Risk(
                    pilotID: pilot.id!, title: title, category: category, likelihood: likelihood, impact: impact,
                    mitigation: mitigation, ownerLogin: ownerLogin))
            try risk.validate()
            try writes.insert(&risk)
            return risk
        }
    }

    /// Applies `change` to a risk and stores it if it still validates.
    @discardableResult
    public func updateRisk(id: Int64, _ change: (inout Risk) throws -> Void) throws -> Risk {
        try write(.manageRisks) { writes in
            guard let risk = try writes.session.record(Risk.self, key: [id]) else {
                throw StoreError.notFound(entity: "risk", name: String(id))
            }
            var updated = risk
            try change(&updated)
            updated = Self.guarded(updated)
            updated.id = risk.id
            updated.pilotID = risk.pilotID
            try updated.validate()
            _ = try Self.person(updated.ownerLogin, writes.session)
            try writes.update(updated, from: risk)
            return updated
        }
    }
}
