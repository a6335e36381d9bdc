import PilotKit
import Testing

@Suite("Playbook refusals name file, line and field")
struct PlaybookRefusalTests {
    /// One way to break the sample playbook and the refusal it must produce.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let original: String
        let replacement: String
        /// The field path the refusal must name.
        let field: String
        /// Text on the line the refusal must point at (in the edited file).
        let lineWith: String
        /// A fragment the message must contain: the problem or its fix.
        let says: String

        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "required field missing", original: "title: Sample scribe\n", replacement: "",
            field: "title", lineWith: "key: sample", says: "missing; add a 'title:' line"),
        Refusal(
            name: "required field of a stage missing", original: "    cohort_cap: 50\n", replacement: "",
            field: "stages[2].cohort_cap", lineWith: "- stage: micro", says: "missing"),
        Refusal(
            name: "empty text", original: "title: Sample scribe", replacement: "title: \"\"",
            field: "title", lineWith: "title: \"\"", says: "must not be empty"),
        Refusal(
            name: "control character in text", original: "title: Sample scribe", replacement: "title: \"Sample\\ascribe\"",
            field: "title", lineWith: "title: \"Sample", says: "contains a line break or control character"),
        Refusal(
            name: "unknown top-level field", original: "use_case:", replacement: "use_cas:",
            field: "use_cas", lineWith: "use_cas:", says: "unknown field; did you mean 'use_case'?"),
        Refusal(
            name: "unknown field in a stage", original: "cohort_cap: 1000", replacement: "cohort-cap: 1000",
            field: "stages[4].cohort-cap", lineWith: "cohort-cap: 1000", says: "did you mean 'cohort_cap'?"),
        Refusal(
            name: "unknown field far from any known one", original: "    impact: 4\n",
            replacement: "    impact: 4\n    owner: dr-lee\n",
            field: "starter_risks[0].owner", lineWith: "owner: dr-lee",
            says: "use title, category, likelihood, impact, mitigation"),
        Refusal(
            name: "whole number expected", original: "cohort_cap: 250", replacement: "cohort_cap: many",
            field: "stages[3].cohort_cap", lineWith: "cohort_cap: many", says: "'many' is not a whole number"),
        Refusal(
            name: "list expected", original: "signoffs: [it-security, privacy]", replacement: "signoffs: it-security",
            field: "stages[1].gate.signoffs", lineWith: "signoffs: it-security", says: "expected a list"),
        Refusal(
            name: "fields expected", original: "    gate: {signoffs: [clinical, patient-advocate], metrics: [errors, sus]}",
            replacement: "    gate: [clinical]",
            field: "stages[3].gate", lineWith: "gate: [clinical]", says: "expected fields (name: value), found a list"),
        Refusal(
            name: "unknown stage", original: "- stage: expansion", replacement: "- stage: rollout",
            field: "stages[4].stage", lineWith: "- stage: rollout", says: "'rollout' is not one of intake, validation"),
        Refusal(
            name: "stage out of order", original: "- stage: micro", replacement: "- stage: controlled # moved",
            field: "stages[2].stage", lineWith: "# moved", says: "expected 'micro' here"),
        Refusal(
            name: "stage missing", original: """
                  - stage: general
                    cohort_cap: 5000
                    domains: {encounter-audio: read, progress-notes: write-back, problem-lists: read, lab-results: read}
                    gate: {signoffs: [clinical]}

                """,
            replacement: "",
            field: "stages", lineWith: "- stage: intake", says: "lists 5 of the 6 stages; add general"),
        Refusal(
            name: "stage after general", original: "action_plan:\n",
            replacement: "  - stage: general # again\n    cohort_cap: 6000\naction_plan:\n",
            field: "stages[6].stage", lineWith: "# again", says: "comes after general"),
        Refusal(
            name: "cohort cap shrinks", original: "cohort_cap: 1000", replacement: "cohort_cap: 100",
            field: "stages[4].cohort_cap", lineWith: "cohort_cap: 100", says: "below the controlled cap of 250"),
        Refusal(
            name: "negative cohort cap", original: "cohort_cap: 5\n", replacement: "cohort_cap: -5\n",
            field: "stages[1].cohort_cap", lineWith: "cohort_cap: -5", says: "-5 is out of range; give 0 to"),
        Refusal(
            name: "unknown data domain", original: "      progress-notes: generate", replacement: "      progress-note: generate",
            field: "stages[2].domains.progress-note", lineWith: "progress-note: generate",
            says: "unknown data domain; did you mean 'progress-notes'?"),
        Refusal(
            name: "invalid access", original: "      progress-notes: generate", replacement: "      progress-notes: draft",
            field: "stages[2].domains.progress-notes", lineWith: "progress-notes: draft",
            says: "'draft' is not one of read, generate, write-back"),
        Refusal(
            name: "domain dropped at a later stage", original: "progress-notes: write-back, problem-lists: read, lab-results: read}",
            replacement: "progress-notes: write-back, problem-lists: read}",
            field: "stages[5].domains", lineWith: "write-back, problem-lists: read}", says: "drops 'lab-results', allowed at expansion"),
        Refusal(
            name: "access narrowed at a later stage", original: "progress-notes: write-back", replacement: "progress-notes: read",
            field: "stages[5].domains.progress-notes", lineWith: "progress-notes: read, problem",
            says: "narrows the generate access allowed at expansion"),
        Refusal(
            name: "gate metric not defined", original: "metrics: [errors, sus]", replacement: "metrics: [errors, usability]",
            field: "stages[3].gate.metrics[1]", lineWith: "metrics: [errors, usability]",
            says: "'usability' is not a metric of this playbook"),
        Refusal(
            name: "unknown statistical kind", original: "    unit: score\n", replacement: "    unit: score\n    kind: median\n",
            field: "metrics[1].kind", lineWith: "kind: median", says: "'median' is not one of mean, proportion, events"),
        Refusal(
            name: "margin on a target that is not relative", original: "    target: \">= 68\"", replacement: "    target: \">= 68\"\n    margin: 2",
            field: "metrics[1].margin", lineWith: "margin: 2", says: "applies only to a 'not worse' target"),
        Refusal(
            name: "safeguard without a severity", original: "    target: \"<= 0\"", replacement: "    target: \"<= 0\"\n    action: \"> 0\"",
            field: "metrics[0].action", lineWith: "action: \"> 0\"", says: "needs action_severity"),
        Refusal(
            name: "safeguard not a strict threshold", original: "    target: \"<= 0\"",
            replacement: "    target: \"<= 0\"\n    action: \">= 1\"\n    action_severity: high",
            field: "metrics[0].action", lineWith: "action: \">= 1\"", says: "is not an action threshold; write '> 0'"),
        Refusal(
            name: "gate missing", original: "    gate: {signoffs: [clinical]}\n  - stage: general",
            replacement: "  - stage: general",
            field: "stages[4].gate", lineWith: "- stage: expansion", says: "missing; add a 'gate:' line"),
        Refusal(
            name: "gate on intake", original: "    cohort_cap: 0\n", replacement: "    cohort_cap: 0\n    gate: {signoffs: [privacy]}\n",
            field: "stages[0].gate", lineWith: "gate: {signoffs: [privacy]}", says: "intake has no gate"),
        Refusal(
            name: "gate without sign-offs", original: "signoffs: [it-security, privacy]", replacement: "signoffs: []",
            field: "stages[1].gate.signoffs", lineWith: "signoffs: []", says: "a gate needs sign-off"),
        Refusal(
            name: "unknown discipline", original: "signoffs: [it-security, privacy]", replacement: "signoffs: [it-security, legal]",
            field: "stages[1].gate.signoffs[1]", lineWith: "signoffs: [it-security, legal]",
            says: "'legal' is not one of it-security, clinical, patient-advocate, privacy"),
        Refusal(
            name: "discipline listed twice", original: "signoffs: [it-security, clinical, privacy]",
            replacement: "signoffs: [it-security, clinical,\n        clinical]",
            field: "stages[2].gate.signoffs[2]", lineWith: "        clinical]", says: "'clinical' is listed twice; remove one"),
        Refusal(
            name: "discipline with a dashed label listed twice", original: "signoffs: [it-security, privacy]",
            replacement: "signoffs: [it-security, privacy, it_security]",
            field: "stages[1].gate.signoffs[2]", lineWith: "it_security]", says: "'it_security' is listed twice"),
        Refusal(
            name: "metric target unparsable", original: "target: \">= 68\"", replacement: "target: at least 68",
            field: "metrics[1].target", lineWith: "target: at least 68", says: "is not a target"),
        Refusal(
            name: "metric direction invalid", original: "better: higher", replacement: "better: up",
            field: "metrics[1].better", lineWith: "better: up", says: "'up' is not one of lower, higher"),
        Refusal(
            name: "metric key defined twice", original: "  - key: sus", replacement: "  - key: errors # again",
            field: "metrics[1].key", lineWith: "# again", says: "'errors' is already defined above"),
        Refusal(
            name: "decision by a role that may not decide", original: "decided_by: [leadership]",
            replacement: "decided_by: [clinician]",
            field: "decided_by[0]", lineWith: "decided_by:", says: "'clinician' may not record gate decisions; use lead or leadership"),
        Refusal(
            name: "likelihood out of range", original: "likelihood: 3", replacement: "likelihood: 6",
            field: "starter_risks[0].likelihood", lineWith: "likelihood: 6", says: "6 is out of range; give 1 to 5"),
        Refusal(
            name: "impact out of range", original: "impact: 4", replacement: "impact: 0",
            field: "starter_risks[0].impact", lineWith: "impact: 0", says: "0 is out of range; give 1 to 5"),
        Refusal(
            name: "risk category invalid", original: "category: safety", replacement: "category: clinical",
            field: "starter_risks[0].category", lineWith: "category: clinical", says: "'clinical' is not one of privacy"),
        Refusal(
            name: "min_samples below one", original: "decided_by: [leadership]\n",
            replacement: "decided_by: [leadership]\nmin_samples: 0\n",
            field: "min_samples", lineWith: "min_samples: 0", says: "0 is out of range; give 1 to"),
        Refusal(
            name: "risk threshold beyond the 5x5 grid", original: "decided_by: [leadership]\n",
            replacement: "decided_by: [leadership]\nrisk_threshold: 30\n",
            field: "risk_threshold", lineWith: "risk_threshold: 30", says: "30 is out of range; give 1 to 25"),
        Refusal(
            name: "incident kind invalid", original: "kinds: [data-breach]", replacement: "kinds: [breach]",
            field: "action_plan[1].kinds[0]", lineWith: "kinds: [breach]", says: "'breach' is not one of data-breach"),
        Refusal(
            name: "clock not in hours", original: "clock_hours: 1440", replacement: "clock_hours: 60 days",
            field: "action_plan[1].clock_hours", lineWith: "clock_hours: 60 days", says: "'60 days' is not a whole number"),
        Refusal(
            name: "action plan empty", original: """
                action_plan:
                  - step: Turn the tool off
                    clock_hours: 1
                  - step: Notify affected patients
                    kinds: [data-breach]
                    clock_hours: 1440

                """,
            replacement: "action_plan: []\n",
            field: "action_plan", lineWith: "action_plan: []", says: "is empty; list the steps"),
        Refusal(
            name: "key does not match the file name", original: "key: sample", replacement: "key: sampler",
            field: "key", lineWith: "key: sampler", says: "does not match the file name 'sample.yaml'"),
        Refusal(
            name: "key not lowercase-dashed", original: "key: sample", replacement: "key: Sample_1",
            field: "key", lineWith: "key: Sample_1", says: "must be lowercase letters, digits and '-'"),
    ]

    @Test(arguments: refusals)
    func refuses(_ refusal: Refusal) throws {
        let yaml = try SamplePlaybook.editing(refusal.original, to: refusal.replacement)
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode(yaml) }
        #expect(error.file == SamplePlaybook.file)
        #expect(error.field == refusal.field)
        #expect(error.line == (try SamplePlaybook.line(of: refusal.lineWith, in: yaml)))
        #expect(error.message.contains(refusal.says), "\(error)")
    }

    @Test func theSampleItselfIsAccepted() throws {
        #expect(try SamplePlaybook.decode().key == "sample")
    }

    @Test func refusalReadsAsOneLineWithFileLineAndField() throws {
        let yaml = try SamplePlaybook.editing("cohort_cap: 250", to: "cohort_cap: many")
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode(yaml) }
        #expect(error.description == "Pilots/sample.yaml:34: stages[3].cohort_cap: 'many' is not a whole number")
    }

    @Test func yamlSyntaxErrorNamesTheLine() throws {
        let yaml = try SamplePlaybook.editing("    unit: score\n", to: "   unit: score\n")
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode(yaml) }
        #expect(error.line == (try SamplePlaybook.line(of: "   unit: score", in: yaml)))
        #expect(error.field.isEmpty)
        #expect(error.message.hasPrefix("not valid YAML"))
    }

    @Test func unquotedTargetStartingWithGreaterThanIsASyntaxError() throws {
        let yaml = try SamplePlaybook.editing("target: \">= 68\"", to: "target: >= 68")
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode(yaml) }
        #expect(error.line == (try SamplePlaybook.line(of: "target: >= 68", in: yaml)))
        #expect(error.message.contains("a value starting with '>' or '|' must be quoted"))
    }

    @Test func duplicateFieldNamesTheLineOfTheField() throws {
        let yaml = try SamplePlaybook.editing("    unit: score\n", to: "    unit: score\n    unit: points\n")
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode(yaml) }
        #expect(error.line == (try SamplePlaybook.line(of: "unit: score", in: yaml)))
        #expect(error.message == "'unit' appears twice in the same block; keep one")
    }

    @Test func emptyFileIsRefused() throws {
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode("# nothing yet\n") }
        #expect(error.line == 1)
        #expect(error.message.contains("the file is empty"))
    }

    @Test func fileThatIsAListIsRefused() throws {
        let error = try #require(throws: PlaybookError.self) { try SamplePlaybook.decode("- key: sample\n") }
        #expect(error.line == 1)
        #expect(error.field.isEmpty)
        #expect(error.message == "expected fields (name: value), found a list")
    }
}
