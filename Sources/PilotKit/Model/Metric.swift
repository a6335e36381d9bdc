import Foundation

/// Which way a metric improves.
public enum MetricDirection: String, Labeled {
    case lower, higher
}

/// A goal for a metric, absolute or relative to the pilot's baseline.
public enum MetricTarget: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    case atMost(Double)
    case atLeast(Double)
    /// Percent change vs baseline, e.g. -15 means at least 15% lower.
    case percentVsBaseline(Double)
    /// Point change vs baseline, e.g. +6 means at least 6 points higher.
    case pointsVsBaseline(Double)
    case notWorseThanBaseline

    /// Parses "<= 20", ">= 68", "-15%", "+6 points", "not worse".
    public init(parsing text: String, field: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        func number(_ s: Substring) -> Double? { Double(s.trimmingCharacters(in: .whitespaces)) }
        if t.hasPrefix("<="), let v = number(t.dropFirst(2)) {
            self = .atMost(v)
        } else if t.hasPrefix(">="), let v = number(t.dropFirst(2)) {
            self = .atLeast(v)
        } else if t.hasSuffix("%"), t.first == "+" || t.first == "-", let v = number(t.dropLast()) {
            self = .percentVsBaseline(v)
        } else if t.hasSuffix("points"), t.first == "+" || t.first == "-", let v = number(t.dropLast(6)) {
            self = .pointsVsBaseline(v)
        } else if t == "not worse" || t == "not worse than baseline" {
            self = .notWorseThanBaseline
        } else {
            throw FieldError(field, "'\(Text.sanitized(text))' is not a target; write '<= 20', '>= 68', '-15%', '+6 points' or 'not worse'")
        }
    }

    public var description: String {
        switch self {
        case .atMost(let v): "<= \(Self.format(v))"
        case .atLeast(let v): ">= \(Self.format(v))"
        case .percentVsBaseline(let v): "\(v >= 0 ? "+" : "")\(Self.format(v))%"
        case .pointsVsBaseline(let v): "\(v >= 0 ? "+" : "")\(Self.format(v)) points"
        case .notWorseThanBaseline: "not worse"
        }
    }

    public var needsBaseline: Bool {
        switch self {
        case .atMost, .atLeast: false
        case .percentVsBaseline, .pointsVsBaseline, .notWorseThanBaseline: true
        }
    }

    /// The threshold a value must reach, given the direction and a baseline where needed.
    public func threshold(baseline: Double?) -> Double? {
        switch self {
        case .atMost(let v), .atLeast(let v): v
        case .percentVsBaseline(let p): baseline.map { $0 * (1 + p / 100) }
        case .pointsVsBaseline(let p): baseline.map { $0 + p }
        case .notWorseThanBaseline: baseline
        }
    }

    /// Whether `value` meets the target; nil when a needed baseline is missing.
    public func isMet(by value: Double, direction: MetricDirection, baseline: Double?) -> Bool? {
        guard let limit = threshold(baseline: baseline) else { return nil }
        switch self {
        case .atMost: return value <= limit
        case .atLeast: return value >= limit
        case .percentVsBaseline, .pointsVsBaseline, .notWorseThanBaseline:
            return direction == .lower ? value <= limit : value >= limit
        }
    }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self), field: "target")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}

/// What a playbook measures, and the target a gate holds it to.
public struct MetricDefinition: Codable, Equatable, Hashable, Sendable {
    public var key: String
    public var name: String
    public var unit: String
    public var direction: MetricDirection
    public var target: MetricTarget
    /// The playbook's `kind:`; nil means the one its unit implies (`statisticalKind`).
    public var kind: MetricKind?
    /// `not worse`'s non-inferiority margin in the metric's unit; nil means 5% of the baseline.
    public var margin: Double?
    /// The safeguard: a measurement crossing it opens an incident of `actionSeverity`.
    public var action: ActionThreshold?
    public var actionSeverity: Severity?

    public init(
        key: String, name: String, unit: String, direction: MetricDirection, target: MetricTarget, kind: MetricKind? = nil,
        margin: Double? = nil, action: ActionThreshold? = nil, actionSeverity: Severity? = nil
    ) {
        self.key = key
        self.name = name
        self.unit = unit
        self.direction = direction
        self.target = target
        self.kind = kind
        self.margin = margin
        self.action = action
        self.actionSeverity = actionSeverity
    }

    /// How the metric's measurements pool and which interval they get.
    public var statisticalKind: MetricKind { kind ?? .implied(byUnit: unit) }
}

/// One observation of a metric for a pilot: a value over n samples on a day, at a stage.
public struct MetricMeasurement: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    public var metricKey: String
    public var value: Double
    public var n: Int
    public var day: Day
    public var stage: Stage
    /// Baseline measurements are taken before the tool is used and anchor relative targets.
    public var isBaseline: Bool
    /// The standard deviation of the n samples behind a mean; nil when not recorded (the
    /// interval is then unknown).
    public var sd: Double?

    public init(
        id: Int64? = nil, pilotID: Int64, metricKey: String, value: Double, n: Int, day: Day,
        stage: Stage, isBaseline: Bool = false, sd: Double? = nil
    ) {
        self.id = id
        self.pilotID = pilotID
        self.metricKey = metricKey
        self.value = value
        self.n = n
        self.day = day
        self.stage = stage
        self.isBaseline = isBaseline
        self.sd = sd
    }

    public func validate() throws {
        if !value.isFinite { throw FieldError("value", "must be a finite number") }
        if n < 1 { throw FieldError("n", "\(n) samples; give the number of samples behind the value (1 or more)") }
        if n > 10_000_000 { throw FieldError("n", "\(n) samples is implausible; give at most 10000000") }
        if let sd, !sd.isFinite || sd < 0 { throw FieldError("sd", "must be a finite number, 0 or more (the standard deviation of the samples)") }
    }
}
