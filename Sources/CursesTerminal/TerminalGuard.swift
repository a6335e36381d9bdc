import CNcursesw

/// The process-wide terminal restore: signal handlers, the atexit hook and stderr capture.
///
/// The shim keeps their state in `static` C variables, one copy per Swift file that calls them,
/// so this file is the only caller. See shim.h for the async-signal-safety trade-off: the handlers
/// call endwin(), as htop's CRT_installSignalHandlers does.
enum TerminalGuard {
    /// Call right after the screen is created: from here on every exit path restores the terminal.
    /// Every signal whose default action ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1,
    /// SIGUSR2, SIGALRM, SIGPIPE, real-time signals...) restores and exits with 128 + signal; crash
    /// signals restore and re-raise, answering the Swift backtracer's key prompt so the process
    /// ends at once; SIGTSTP restores, stops, and leaves the redraw to `CursesTerminal`.
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
