import PilotKit

/// A fictional AI product with its contract terms and its vetting by the oversight team. The set
/// covers every hosting and both ways rule 1 can fail: a vendor without a no-training clause,
/// and a public consumer service.
struct DemoTool {
    struct Review {
        var reviewer: String
        var verdict: VettingStatus
        var notes: String
    }

    /// A version bump later in the story, which flags pilots in general use for revalidation.
    struct Upgrade {
        var week: Int
        var weekday: Int
        var version: String
    }

    var tool: Tool
    var reviews: [Review]
    var upgrade: Upgrade?

    /// The lead who registers every tool (tool management is for admins and leads).
    static let registrar = "marcus.feld"

    static let all: [DemoTool] = [
        DemoTool(
            tool: Tool(
                key: "RB-ASSIST", name: "Riverbend Assistant", vendor: "Riverbend Health IT", model: "meridian-70b-instruct",
                version: "2.1", hosting: .onPremises, baaSigned: false, noTrainingClause: true, retentionDays: 30),
            reviews: [
                Review(reviewer: "dmitri.volkov", verdict: .approved, notes: "Runs on the hospital's own GPU cluster behind SSO; prompts never leave the data centre."),
                Review(reviewer: "carmen.ortiz", verdict: .approved, notes: "No patient data in scope; chat logs kept 30 days for audit, then purged."),
            ],
            upgrade: Upgrade(week: 15, weekday: 1, version: "2.2")),
        DemoTool(
            tool: Tool(
                key: "NIMBUS-SCRIBE", name: "Nimbus Ambient Scribe", vendor: "Nimbus Clinical AI", model: "nimbus-listen",
                version: "4.2", hosting: .vendorSaaS, baaSigned: true, noTrainingClause: true, retentionDays: 30),
            reviews: [
                Review(reviewer: "aisha.karimi", verdict: .approvedWithConditions, notes: "SOC 2 Type II report reviewed; condition: annual penetration test shared with us."),
                Review(reviewer: "benjamin.adler", verdict: .approved, notes: "BAA signed; audio deleted after 30 days; contract forbids training on recordings."),
                Review(reviewer: "naomi.adeyemi", verdict: .approved, notes: "Draft notes from 20 scripted visits were accurate enough for silent validation."),
            ]),
        DemoTool(
            tool: Tool(
                key: "CLEARNOTE-DS", name: "ClearNote Discharge", vendor: "Clearwater Health Systems", model: "clearnote-ds",
                version: "1.8", hosting: .privateCloud, baaSigned: true, noTrainingClause: true, retentionDays: 0),
            reviews: [
                Review(reviewer: "dmitri.volkov", verdict: .approved, notes: "Deployed in our own cloud tenant; private endpoints only, keys held by us."),
                Review(reviewer: "carmen.ortiz", verdict: .approved, notes: "Nothing retained after the draft is returned; BAA covers the cloud provider."),
            ]),
        DemoTool(
            tool: Tool(
                key: "INBOXPAL", name: "InboxPal reply drafts", vendor: "Cardinal Messaging", model: "pal-reply",
                version: "3.0", hosting: .vendorSaaS, baaSigned: true, noTrainingClause: true, retentionDays: 90),
            reviews: [
                Review(reviewer: "aisha.karimi", verdict: .approved, notes: "SSO and audit log export verified; messages encrypted at rest."),
                Review(reviewer: "benjamin.adler", verdict: .approvedWithConditions, notes: "Condition: a disclosure line on every AI-assisted reply, as state law requires."),
            ]),
        DemoTool(
            tool: Tool(
                key: "LUMINA-RAD", name: "Lumina impressions", vendor: "Lumina Imaging AI", model: "lumina-impress",
                version: "5.1", hosting: .onPremises, baaSigned: true, noTrainingClause: true, retentionDays: 0),
            reviews: [
                Review(reviewer: "dmitri.volkov", verdict: .approved, notes: "Installed on the PACS network segment with no outbound internet access."),
                Review(reviewer: "jurgen.schafer", verdict: .approved, notes: "Impressions on 50 retrospective chest CTs reviewed; follow-up wording matches the guideline table."),
            ]),
        DemoTool(
            tool: Tool(
                key: "QUICKREPLY", name: "QuickReply AI", vendor: "Quickwell Labs", model: "qr-draft",
                version: "0.9", hosting: .vendorSaaS, baaSigned: true, noTrainingClause: false, retentionDays: 365),
            reviews: [
                Review(reviewer: "aisha.karimi", verdict: .approvedWithConditions, notes: "Technically sound (SSO, encryption); the contract still lets the vendor train on prompts, so privacy must clear it first."),
            ]),
        DemoTool(
            tool: Tool(
                key: "CHATMATE", name: "ChatMate", vendor: "ChatMate Inc.", model: "chatmate-pro",
                version: "2025.1", hosting: .publicConsumer, baaSigned: false, noTrainingClause: false, retentionDays: 3650),
            reviews: [
                Review(reviewer: "carmen.ortiz", verdict: .rejected, notes: "Consumer terms: prompts kept indefinitely and used for training; no BAA available."),
                Review(reviewer: "dmitri.volkov", verdict: .rejected, notes: "Personal accounts only: no SSO, no audit log, no way to revoke access."),
            ]),
    ]

    /// Registers every tool on the first morning, has the reviewers vet them over the next two
    /// days, and schedules the version upgrades.
    static func schedule(on timeline: DemoTimeline, cast: DemoCast, tally: DemoTally) {
        let registrar = cast.ledger(cast.login(Self.registrar))
        for (index, entry) in all.enumerated() {
            timeline.schedule(DemoMoment(week: 0, weekday: 0, hour: 8, minute: 5 * index)) {
                try registrar.addTool(entry.tool)
                tally.summary.tools += 1
            }
            for (turn, review) in entry.reviews.enumerated() {
                timeline.schedule(DemoMoment(week: 0, weekday: 1 + turn % 2, hour: 10 + index, minute: 10 * turn)) {
                    try cast.ledger(cast.login(review.reviewer)).reviewTool(key: entry.tool.key, verdict: review.verdict, notes: review.notes)
                }
            }
            if let upgrade = entry.upgrade {
                timeline.schedule(DemoMoment(week: upgrade.week, weekday: upgrade.weekday, hour: 9)) {
                    try registrar.changeToolModel(key: entry.tool.key, model: nil, version: upgrade.version)
                }
            }
        }
    }
}
