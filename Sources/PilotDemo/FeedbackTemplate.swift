import PilotKit
import PilotStore

/// A clinician's comment with `{lo-hi}` slots (`{118-164}`, `{6.1-9.8}`) filled with plausible
/// figures, so feedback reads like the real thing and is full of the clinical numbers the PHI
/// guard must keep.
struct FeedbackTemplate {
    var category: FeedbackCategory
    var ratings: ClosedRange<Int>
    var tags: [EditTag]
    var text: String

    init(_ category: FeedbackCategory, _ ratings: ClosedRange<Int>, _ tags: [EditTag] = [], _ text: String) {
        self.category = category
        self.ratings = ratings
        self.tags = tags
        self.text = text
    }

    func input(_ rng: inout SplitMix64) -> FeedbackInput {
        FeedbackInput(rating: rng.int(in: ratings), category: category, tags: tags, rawText: filled(&rng))
    }

    /// The text with each slot replaced by a number in its range, with as many decimals as the
    /// lower bound is written with.
    func filled(_ rng: inout SplitMix64) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let bounds = rest[rest.index(after: open)..<close].split(separator: "-")
            let decimals = bounds[0].split(separator: ".").dropFirst().first?.count ?? 0
            let scale = (0..<decimals).reduce(1) { product, _ in product * 10 }
            let low = Int((Double(bounds[0])! * Double(scale)).rounded())
            let high = Int((Double(bounds[1])! * Double(scale)).rounded())
            let drawn = rng.int(in: low...high)
            result += decimals == 0 ? String(drawn) : "\(drawn / scale).\(String(drawn % scale).leftPadded(to: decimals))"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// One comment in ten slips in a fictional identifier for the PHI guard to redact, one in
    /// twenty raises a safety or privacy concern; the rest are everyday remarks.
    static func pick(for playbook: String, _ rng: inout SplitMix64) -> FeedbackTemplate {
        switch rng.int(in: 1...20) {
        case 1...2: rng.pick(identifying)
        case 3: rng.pick(concerns)
        default: rng.pick((byPlaybook[playbook] ?? []) + common)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
