extension Tmux {
    /// A new private tmux server of `width` x `height` in `cli`'s folder, with its data folder,
    /// the shipped playbooks and `environment` exported.
    public static func session(
        for cli: CLI, width: Int = 120, height: Int = 40, environment: [String: String] = [:], shell: String = "sh"
    ) throws -> Tmux {
        try Tmux(width: width, height: height, directory: cli.directory, environment: [
            "XDG_DATA_HOME": cli.directory.path, "PILOTDECK_PLAYBOOKS": PackageRoot.playbooks.path,
        ].merging(environment) { $1 }, shell: shell)
    }

    /// Types the dashboard's command, on `db` when given (else the environment's database):
    /// `prefix` before it, `flags` (such as ` --as LOGIN`) and `then` after it, by default so that
    /// `EXIT=status` shows when it ends. Returns the screen once the portfolio's title (`title`, as
    /// the locale draws it) is on it.
    @discardableResult
    public func startDashboard(
        db: String? = nil, flags: String = "", prefix: String = "", then: String = "; echo \"EXIT=$?\"",
        title: String = "Pilotdeck · Portfolio"
    ) throws -> String {
        try type(prefix + Shell.line([CLI.binary.path] + (db.map { ["--db", $0] } ?? [])) + flags + then)
        return try waitFor(text: title)
    }

    /// The dashboard on `db` in a new private tmux server for `cli` (see `session` and `startDashboard`).
    public static func dashboard(
        _ cli: CLI, db: String, flags: String = "", width: Int = 120, height: Int = 40, environment: [String: String] = [:],
        title: String = "Pilotdeck · Portfolio"
    ) throws -> Tmux {
        let tmux = try session(for: cli, width: width, height: height, environment: environment)
        try tmux.startDashboard(db: db, flags: flags, title: title)
        return tmux
    }
}
