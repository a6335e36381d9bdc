import PilotdeckTestSupport

extension Tmux {
    /// The dashboard on `db` under an interactive bash (job control, for SIGTSTP and `fg`), with
    /// its pid and the terminal settings from before it started. `backtrace` is SWIFT_BACKTRACE
    /// for it; nil leaves it unset, as a user's shell does (the runtime then waits for a key after
    /// a crash report).
    static func dashboardToSignal(
        _ cli: CLI, db: String, then: String = "; echo \"EXIT=$?\"", backtrace: String? = "interactive=no"
    ) throws -> (Tmux, Int32, String) {
        let session = try session(for: cli, shell: "bash --norc --noprofile -i")
        let before = try session.terminalSettings()
        try session.startDashboard(db: db, prefix: backtrace.map { "SWIFT_BACKTRACE='\($0)' " } ?? "unset SWIFT_BACKTRACE; ", then: then)
        return (session, try session.child(named: "pilotdeck"), before)
    }
}
