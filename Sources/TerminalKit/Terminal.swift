/// What the application runs against: a real terminal (CursesTerminal) or a headless one in tests.
///
/// Implementations are not thread-safe; call them from one thread.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Shows `canvas` (and its cursor, if any). Only cells that changed since the last draw are
    /// sent to the screen.
    func draw(_ canvas: Canvas)

    /// The next input event, waiting at most `timeout` (forever when nil). Returns nil when the
    /// time runs out, so the caller can poll for changes made by other processes.
    func nextEvent(timeout: Duration?) -> KeyEvent?

    /// Hands the terminal to another program (an editor) while `body` runs, then takes it back
    /// and redraws everything on the next draw.
    func suspend(during body: () -> Void)
    /// Restores the terminal. Safe to call more than once.
    func shutdown()
}
