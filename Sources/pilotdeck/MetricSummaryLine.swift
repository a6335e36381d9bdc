import Foundation
import PilotKit

/// One metric of `pilotdeck metric summary --json`: the pooled value with its 95% interval, the
/// baseline and the difference's interval where the target is relative, the status the interval
/// gives the target, and the total n that would decide an inconclusive one. Values and intervals
/// are in the metric's unit; an event count's are events per sample.
struct MetricSummaryLine: Encodable {
    struct Baseline: Encodable {
        var value: Double
        var n: Int
        var sd: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(n, forKey: .n)
            try container.encode(sd, forKey: .sd)
        }

        enum CodingKeys: String, CodingKey { case value, n, sd }
    }

    struct Difference: Encodable {
        var value: Double
        var low: Double
        var high: Double
    }

    var metric: String
    var kind: MetricKind
    var value: Double?
    var n: Int
    var sd: Double?
    var events: Int?
    var low: Double?
    var high: Double?
    var baseline: Baseline?
    var difference: Difference?
    var target: String
    var status: EvidenceStatus
    var neededN: Int?
    var note: String

    enum CodingKeys: String, CodingKey {
        case metric, kind, value, n, sd, events, low, high, baseline, difference, target, status, note
        case neededN = "needed_n"
    }

    /// Every key always present, `null` where there is nothing, so scripts need not guess.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(metric, forKey: .metric)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
        try container.encode(n, forKey: .n)
        try container.encode(sd, forKey: .sd)
        try container.encode(events, forKey: .events)
        try container.encode(low, forKey: .low)
        try container.encode(high, forKey: .high)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(difference, forKey: .difference)
        try container.encode(target, forKey: .target)
        try container.encode(status, forKey: .status)
        try container.encode(neededN, forKey: .neededN)
        try container.encode(note, forKey: .note)
    }

    init(_ summary: MetricSummary, minSamples: Int) {
        let judgement = summary.judgement(minSamples: minSamples)
        let kind = summary.definition.statisticalKind
        let sample = summary.sample
        metric = summary.definition.key
        self.kind = kind
        n = sample?.n ?? 0
        sd = kind == .mean ? sample?.sd : nil
        events = sample?.events
        value = sample.map { kind == .events ? $0.share ?? 0 : $0.value }
        low = sample?.interval?.low
        high = sample?.interval?.high
        baseline = summary.baselineSample.map {
            Baseline(value: kind == .events ? $0.share ?? 0 : $0.value, n: $0.n, sd: kind == .mean ? $0.sd : nil)
        }
        if let interval = judgement.difference, let sample, let base = summary.baselineSample {
            // The judgement keeps event-rate differences per 100 samples; here they are per sample.
            let perSample = kind == .events ? 0.01 : 1
            difference = Difference(
                value: kind == .events ? (sample.share ?? 0) - (base.share ?? 0) : sample.value - base.value,
                low: interval.low * perSample, high: interval.high * perSample)
        }
        target = summary.definition.target.description
        status = judgement.status
        neededN = judgement.neededN
        note = judgement.note
    }
}
