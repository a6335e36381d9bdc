/// Why the curses terminal could not start.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or no TTY).
    case notATerminal
    /// TERM is unset, `dumb`, or unknown to terminfo.
    case unsupportedTerminal(String)
    /// No UTF-8 locale could be set, so wide characters cannot be shown.
    case noUTF8Locale

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal"
        case .unsupportedTerminal(let name):
            name.isEmpty ? "TERM is not set" : "terminal type '\(name)' cannot run a full-screen interface"
        case .noUTF8Locale:
            "no UTF-8 locale is available (set LANG, e.g. LANG=C.UTF-8)"
        }
    }
}
