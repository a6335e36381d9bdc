/// Why the curses terminal could not start.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or no TTY).
    case notATerminal
    /// TERM is unset, `dumb`, or unknown to terminfo.
    case unsupportedTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal"
        case .unsupportedTerminal(let name):
            name.isEmpty ? "TERM is not set" : "terminal type '\(name)' cannot run a full-screen interface"
        }
    }
}
