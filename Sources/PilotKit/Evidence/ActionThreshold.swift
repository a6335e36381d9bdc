/// A safeguard on a metric (`action: "> 0"`): a measurement whose own value crosses it opens an
/// incident at once. Strict, unlike targets: "> 0" fires on the first event, not on zero.
public enum ActionThreshold: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    case above(Double)
    case below(Double)

    /// Parses "> 0", "> 25", "< 50".
    public init(parsing text: String, field: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        let number = Double(t.dropFirst().trimmingCharacters(in: .whitespaces))
        if t.hasPrefix(">"), !t.hasPrefix(">="), let number, number.isFinite {
            self = .above(number)
        } else if t.hasPrefix("<"), !t.hasPrefix("<="), let number, number.isFinite {
            self = .below(number)
        } else {
            throw FieldError(field, "'\(Text.sanitized(text))' is not an action threshold; write '> 0' or '< 50'")
        }
    }

    /// Whether a measured value crosses the threshold.
    public func isCrossed(by value: Double) -> Bool {
        switch self {
        case .above(let limit): value > limit
        case .below(let limit): value < limit
        }
    }

    public var description: String {
        switch self {
        case .above(let limit): "> \(MetricTarget.format(limit))"
        case .below(let limit): "< \(MetricTarget.format(limit))"
        }
    }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self), field: "action")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
