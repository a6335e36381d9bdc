/// What `DemoHospital.seed` created, for the CLI to print, and the pilots worth trying first.
public struct DemoSummary: Sendable, Equatable {
    public internal(set) var people = 0
    public internal(set) var tools = 0
    public internal(set) var pilots = 0
    public internal(set) var participants = 0
    public internal(set) var measurements = 0
    public internal(set) var feedback = 0
    public internal(set) var risks = 0
    public internal(set) var incidents = 0
    public internal(set) var decisions = 0
    public internal(set) var signOffs = 0
    public internal(set) var auditEntries = 0
    /// Every criterion of its next gate met and signed: `gate` shows it ready, `decide` passes it.
    public internal(set) var readyPilot = ""
    /// Exactly one criterion of its next gate unmet: `decide` refuses and names it.
    public internal(set) var unmetPilot = ""
    /// Paused by an open high-severity incident: every gate is blocked.
    public internal(set) var pausedPilot = ""
    /// Paused by a critical incident its own measurement opened through a safeguard.
    public internal(set) var trippedPilot = ""
    /// In general use and past the review its risk tier's schedule set.
    public internal(set) var overduePilot = ""
    /// A gate metric whose interval straddles its target: `gate` says how many more samples would decide it.
    public internal(set) var inconclusivePilot = ""

    init() {}
}

/// The summary being counted while the story runs, shared by everything that writes.
final class DemoTally {
    var summary = DemoSummary()
}
