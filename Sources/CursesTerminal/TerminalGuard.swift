import CNcursesw

/// The process-wide terminal restore: signal handlers, the atexit hook and stderr capture.
///
/// The shim keeps their state in `static` C variables, one copy per Swift file that calls them,
/// so this file is the only caller. See shim.h for the async-signal-safety trade-off: the handlers
/// call endwin(), as htop's CRT_installSignalHandlers does.
enum TerminalGuard {
    /// Call right after the screen is created: from here on every exit path restores the terminal.
    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT restore and exit with 128 + signal; crash signals restore
    /// and re-raise; SIGTSTP restores, stops, and leaves the redraw to `CursesTerminal`.
    static func activate() {
        pd_install_restore_handlers()
        pd_capture_stderr()
        pd_set_curses_active(1)
    }

    /// Leaves curses mode and replays what was written to stderr meanwhile.
    static func restore() {
        pd_restore_terminal()
    }
}
