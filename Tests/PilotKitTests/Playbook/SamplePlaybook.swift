import Foundation
import PilotKit
import Testing

/// A small valid playbook that refusal tests break one edit at a time.
enum SamplePlaybook {
    static let file = "Pilots/sample.yaml"

    static let yaml = """
        key: sample
        title: Sample scribe
        use_case: Drafts visit notes for review.
        decided_by: [leadership]
        metrics:
          - key: errors
            name: significant errors
            unit: count
            better: lower
            target: "<= 0"
          - key: sus
            name: usability
            unit: score
            better: higher
            target: ">= 68"
        stages:
          - stage: intake
            cohort_cap: 0
          - stage: validation
            cohort_cap: 5
            domains:
              encounter-audio: read
            gate:
              signoffs: [it-security, privacy]
          - stage: micro
            cohort_cap: 50
            domains:
              encounter-audio: read
              progress-notes: generate
            gate:
              signoffs: [it-security, clinical, privacy]
              metrics: [errors]
          - stage: controlled
            cohort_cap: 250
            domains: {encounter-audio: read, progress-notes: generate, problem-lists: read}
            gate: {signoffs: [clinical, patient-advocate], metrics: [errors, sus]}
          - stage: expansion
            cohort_cap: 1000
            domains: {encounter-audio: read, progress-notes: generate, problem-lists: read, lab-results: read}
            gate: {signoffs: [clinical]}
          - stage: general
            cohort_cap: 5000
            domains: {encounter-audio: read, progress-notes: write-back, problem-lists: read, lab-results: read}
            gate: {signoffs: [clinical]}
        action_plan:
          - step: Turn the tool off
            clock_hours: 1
          - step: Notify affected patients
            kinds: [data-breach]
            clock_hours: 1440
        starter_risks:
          - title: Wrong note signed
            category: safety
            likelihood: 3
            impact: 4
            mitigation: Review before signing.

        """

    static func decode(_ yaml: String = yaml) throws -> Playbook {
        try Playbook.decode(yaml: yaml, file: file)
    }

    /// The sample with `original`, which must occur exactly once, replaced by `replacement`.
    static func editing(_ original: String, to replacement: String) throws -> String {
        try #require(yaml.components(separatedBy: original).count == 2, "'\(original)' must occur once in the sample")
        return yaml.replacingOccurrences(of: original, with: replacement)
    }

    /// The 1-based line of the only line of `text` containing `marker`.
    static func line(of marker: String, in text: String) throws -> Int {
        let lines = text.components(separatedBy: "\n").enumerated().filter { $0.element.contains(marker) }
        try #require(lines.count == 1, "'\(marker)' must be on exactly one line")
        return lines[0].offset + 1
    }
}
