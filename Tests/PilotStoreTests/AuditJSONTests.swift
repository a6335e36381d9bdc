import Foundation
import PilotDemo
import PilotKit
import Testing
@testable import PilotStore

/// Audit JSON must stay byte for byte what `JSONEncoder` wrote when the chain began: existing
/// entries hold those bytes and `audit verify` compares with them. The reference is that encoder,
/// configured as `AuditJSON` configured it before it had its own writer.
@Suite("Audit JSON")
struct AuditJSONTests {
    static let reference: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        return encoder
    }()

    static let texts: [String] = [
        "", "plain", "\"quoted\"", "back\\slash", "a/b//c", "tab\tnew\nline\r\nfeed\u{0C}bell\u{07}back\u{08}",
        String((0..<32).map { Character(UnicodeScalar($0)!) }) + "\u{7F}\u{80}\u{9F}\u{A0}",
        "\u{1B}[2J\u{1B}[31mred", "\u{202E}txet desrever", "مرحبا بالعالم", "🩺👩🏽‍⚕️ note", "a\u{301}\u{301}",
        "\u{2028}\u{2029}\u{FEFF}\u{FFFD}", "日本語のテキスト", "\u{10FFFF}", String(repeating: "long ", count: 400),
    ]

    static let numbers: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.5, -2.25, 1e-7, 1e-5, 1e-4, 0.001, 1e15, 1e16, 1e21, 1e22, 123_456_789.123,
        1.0 / 3, 2.0 / 3, 100, 9_007_199_254_740_992, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, 0.30000000000000004, 4.35, 1e300,
    ]

    static let integers: [Int] = [0, 1, -1, 42, 1_000_000, .max, .min, Int(Int32.max) + 1]

    static let dates: [Date] = [
        Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_772_442_000.123),
        Date(timeIntervalSince1970: -86_400.5), Date(timeIntervalSince1970: 0.0005), Date(timeIntervalSince1970: 1e11 + 0.9996),
        Date(timeIntervalSince1970: 1_700_000_000.000_4),
    ]

    static let days: [Day] = [0, 1, -1, 20_514, -719_528, -800_000, 2_932_896, 3_000_000].map(Day.init(ordinal:))

    /// Every audited kind of row, plus the playbook and readiness snapshots stored through
    /// `AuditJSON`, with `text` in every string, `number` in every double and optionals set or not.
    static func values(text: String, number: Double, integer: Int, date: Date, day: Day, optionals: Bool) -> [any Encodable] {
        let id: Int64? = optionals ? Int64(truncatingIfNeeded: integer) : nil
        let other = Int64(truncatingIfNeeded: integer &* 31)
        return [
            SettingRow(key: text, value: text),
            DataDomain(key: text, name: text, sensitivity: .restricted),
            PlaybookRow(key: text, title: text, body: text),
            Person(id: id, login: text, name: text, email: text, department: text, roles: optionals ? [.lead, .reviewer] : [],
                   discipline: optionals ? .patientAdvocate : nil),
            Tool(id: id, key: text, name: text, vendor: text, model: text, version: text, hosting: .vendorSaaS,
                 baaSigned: optionals, noTrainingClause: !optionals, retentionDays: integer, vetting: .approvedWithConditions),
            ToolReview(id: id, toolID: other, reviewerLogin: text, discipline: .itSecurity, verdict: .rejected, notes: text,
                       reviewedAt: date),
            Pilot(id: id, key: text, name: text, problem: text, successCriteria: text, playbook: text, useCase: text,
                  ownerLogin: text, toolKey: text, stage: .controlled, status: .rolledBack, statusReason: text,
                  sites: optionals ? [text, "b/c", ""] : [], cohortSize: integer, startedOn: day,
                  nextReviewOn: optionals ? day.adding(days: 3) : nil, actionPlanReviewedOn: optionals ? day : nil,
                  needsRevalidation: optionals),
            ScopeRow(pilotID: other, domainKey: text, access: .writeBack),
            ParticipantRow(pilotID: other, login: text, account: .organizationSSO),
            MetricMeasurement(id: id, pilotID: other, metricKey: text, value: number, n: integer, day: day, stage: .micro,
                              isBaseline: optionals),
            Feedback(id: id, pilotID: other, authorLogin: text, stage: .expansion, rating: integer, category: .privacyConcern,
                     tags: optionals ? [.medication, .other, .medication] : [], text: text,
                     redactedKinds: optionals ? [text, "name"] : [], createdAt: date,
                     withdrawnAt: optionals ? date.addingTimeInterval(3.5) : nil),
            Risk(id: id, pilotID: other, title: text, category: .regulatory, likelihood: integer, impact: 5, mitigation: text,
                 ownerLogin: text, status: .accepted),
            Incident(id: id, pilotID: other, severity: .critical, kind: .promptInjection, summary: text, status: .contained,
                     openedAt: date, openedBy: text, closedAt: optionals ? date.addingTimeInterval(61.25) : nil,
                     stepsDone: optionals ? [0, integer, -3] : [], feedbackID: optionals ? other : nil),
            IncidentEvent(id: id, incidentID: other, at: date, authorLogin: text, note: text),
            Decision(id: id, pilotID: other, fromStage: .micro, toStage: .controlled, resultingStatus: .paused,
                     kind: .goWithConditions, rationale: text, conditions: text, decidedBy: text, decidedAt: date,
                     isOverride: optionals, evidence: text),
            SignOff(id: id, pilotID: other, gate: .general, reviewerLogin: text, discipline: .privacy, verdict: .dissent,
                    note: text, signedAt: date, decisionID: optionals ? other : nil),
            GateReadiness(pilot: text, from: .validation, to: optionals ? .micro : nil,
                          criteria: [GateCriterion(name: text, status: .insufficient, detail: text)], blocked: !optionals),
        ]
    }

    /// Compares the writer with the reference on one value, through `AuditJSON` (which takes the
    /// hand-written path where there is one) and through the generic encoder alone.
    static func expectSameBytes<T: Encodable>(_ value: T) throws {
        let expected = String(decoding: try reference.encode(value), as: UTF8.self)
        #expect(try AuditJSON.encode(value) == expected, "\(T.self)")
        let generic = AuditJSONWriter()
        try AuditJSONEncoder.value(of: value, at: []).write(to: generic)
        #expect(String(decoding: generic.bytes, as: UTF8.self) == expected, "\(T.self), generic path")
    }

    @Test("every record kind is written as JSONEncoder wrote it, with hostile text and optionals set or not")
    func hostileText() throws {
        for (index, text) in Self.texts.enumerated() {
            for optionals in [true, false] {
                let values = Self.values(
                    text: text, number: Self.numbers[index % Self.numbers.count], integer: Self.integers[index % Self.integers.count],
                    date: Self.dates[index % Self.dates.count], day: Self.days[index % Self.days.count], optionals: optionals)
                for value in values { try Self.expectSameBytes(value) }
            }
        }
    }

    @Test("numbers, dates and days are spelled as JSONEncoder spelled them")
    func numbers() throws {
        for (index, number) in Self.numbers.enumerated() {
            for integer in Self.integers {
                let values = Self.values(
                    text: "x", number: number, integer: integer, date: Self.dates[index % Self.dates.count],
                    day: Self.days[index % Self.days.count], optionals: index.isMultiple(of: 2))
                for value in values { try Self.expectSameBytes(value) }
            }
        }
        for date in Self.dates {
            for day in Self.days {
                for value in Self.values(text: "d", number: 1, integer: 1, date: date, day: day, optionals: true) {
                    try Self.expectSameBytes(value)
                }
            }
        }
    }

    @Test("random measurements and feedback match the reference", arguments: [UInt64(1), 2, 3])
    func random(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let number = Double(bitPattern: generator.next())
            let text = String(decoding: (0..<Int(generator.next() % 24)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }, as: UTF8.self)
            let date = Date(timeIntervalSince1970: Double(Int64(bitPattern: generator.next()) % 4_000_000_000_000) / 1000)
            let day = Day(ordinal: Int(Int64(bitPattern: generator.next()) % 3_000_000))
            for value in Self.values(
                text: text, number: number.isFinite ? number : 0.25, integer: Int(bitPattern: UInt(generator.next())), date: date,
                day: day, optionals: generator.next().isMultiple(of: 2))
            {
                try Self.expectSameBytes(value)
            }
        }
    }

    @Test("shipped playbooks are written as JSONEncoder wrote them")
    func playbooks() throws {
        for playbook in StoreFixture.playbooks { try Self.expectSameBytes(playbook) }
    }

    @Test("infinite and NaN values are refused, as JSONEncoder refuses them")
    func nonFinite() {
        for number in [Double.infinity, -.infinity, .nan] {
            let row = MetricMeasurement(pilotID: 1, metricKey: "m", value: number, n: 1, day: Day(ordinal: 0), stage: .micro)
            #expect(throws: EncodingError.self) { try Self.reference.encode(row) }
            #expect(throws: EncodingError.self) { try AuditJSON.encode(row) }
            #expect(throws: EncodingError.self) { try AuditJSONEncoder.value(of: row, at: []) }
        }
    }
}
