import Foundation
import PilotKit
import Testing
@testable import PilotDemo

@Suite("Demo feedback templates")
struct FeedbackTemplateTests {
    static let all = FeedbackTemplate.byPlaybook.values.flatMap { $0 } + FeedbackTemplate.common
        + FeedbackTemplate.concerns + FeedbackTemplate.identifying

    @Test("every slot is filled with a number in its range, written with the lower bound's decimals")
    func slots() {
        var rng = SplitMix64(seed: "templates")
        for template in Self.all {
            for _ in 0..<20 {
                let text = template.filled(&rng)
                #expect(!text.contains("{") && !text.contains("}"), "\(text)")
                #expect(template.ratings.clamped(to: 1...5) == template.ratings)
            }
        }
        let sample = FeedbackTemplate(.accuracy, 3...3, [], "BP {118-118}/{70-70}, A1c {6.5-6.5}%, K {3.40-3.40}")
        #expect(sample.filled(&rng) == "BP 118/70, A1c 6.5%, K 3.40")
    }

    @Test("the playbook banks cover every shipped playbook")
    func banks() throws {
        let playbooks = try DemoSeed.playbooks.get()
        #expect(Set(FeedbackTemplate.byPlaybook.keys) == Set(playbooks.map(\.key)))
    }
}
