/// What a metric's measurements are, which decides how they pool and which interval they get.
public enum MetricKind: String, Labeled {
    /// A mean over n samples, measured with a standard deviation: Student t; Welch against a baseline.
    case mean
    /// A share of n samples (the value in %): Wilson; Newcombe against a baseline.
    case proportion
    /// A count of events among n samples: Clopper–Pearson exact.
    case events

    /// The kind a playbook means when it names none: a `%` unit is a proportion, `count` is
    /// events out of n, anything else a mean.
    public static func implied(byUnit unit: String) -> MetricKind {
        switch unit.trimmingWhitespace().lowercased() {
        case "%": .proportion
        case "count": .events
        default: .mean
        }
    }
}
