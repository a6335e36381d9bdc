#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalKit

/// The `Terminal` on ncurses: full screen on the controlling terminal, restored on every exit.
///
/// Not thread-safe (ncurses is not): create it and call it from one thread. Drawing sends only the
/// cells that changed since the last frame. Ctrl-C arrives as SIGINT and ends the process (after
/// restoring the terminal), as do SIGTERM, SIGHUP and SIGQUIT; Ctrl-Z suspends and, on `fg`, the
/// next `nextEvent` returns `.resize` so the application redraws.
public final class CursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: CursesPalette
    /// ASCII when the locale's character set is not UTF-8: the terminal would show Unicode as
    /// mojibake.
    public let glyphs: GlyphSet
    private var previous: Canvas?
    private var cursorVisible = false
    private var isActive = true
    /// How long to wait for the rest of an escape sequence, in milliseconds.
    private let escapeDelay: Int32
    /// What was read after Esc without starting a control sequence, decoded next.
    private var pending: (status: Int32, value: UInt32)?

    /// Takes over the terminal, drawing ASCII only when the locale is not UTF-8. Throws when
    /// stdin/stdout are not a terminal or TERM is unusable.
    public convenience init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesTerminalError.notATerminal
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw CursesTerminalError.unsupportedTerminal(term)
        }
        let glyphs: GlyphSet = pd_setup_locale() == 1 ? .unicode : .ascii
        guard let screen = newterm(nil, pd_stdout(), pd_stdin()) else {
            throw CursesTerminalError.unsupportedTerminal(term)
        }
        self.init(screen: screen, glyphs: glyphs, options: options)
        Self.disableFlowControl()
        TerminalGuard.activate()
    }

    /// A terminal that writes to `/dev/null` as an `xterm-256color` of `size`, with no keyboard:
    /// the same diffing and writing as on a real terminal, for timing the draw (the bench).
    public convenience init(headless size: Size, options: Options = Options()) throws {
        let glyphs: GlyphSet = pd_setup_locale() == 1 ? .unicode : .ascii
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r"),
            let screen = newterm("xterm-256color", output, input)
        else {
            throw CursesTerminalError.unsupportedTerminal("xterm-256color")
        }
        self.init(screen: screen, glyphs: glyphs, options: options)
        resizeterm(Int32(size.height), Int32(size.width))
    }

    private init(screen: OpaquePointer, glyphs: GlyphSet, options: Options) {
        set_term(screen)
        self.screen = screen
        self.glyphs = glyphs
        escapeDelay = Int32(options.escapeDelay)
        window = pd_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Int32(options.escapeDelay))
        curs_set(0)
        pd_enable_mouse(options.mouse ? 1 : 0)
        palette = CursesPalette(usesColor: options.colors)
    }

    deinit {
        shutdown()
    }

    /// Turns off XON/XOFF so Ctrl-S reaches the application (forms save with it) instead of
    /// freezing the terminal's output; ncurses restores the shell's setting on exit.
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        def_prog_mode()
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    // MARK: - Drawing

    public func draw(_ canvas: Canvas) {
        guard isActive else { return }
        let full = previous?.size != canvas.size || isendwin()
        if full {
            werase(window)
            clearok(pd_curscr(), true)
        }
        let screenSize = size
        for y in 0..<min(canvas.height, screenSize.height) {
            for x in 0..<min(canvas.width, screenSize.width) {
                let cell = canvas[x, y]
                guard !cell.isContinuation, full || previous?[x, y] != cell else { continue }
                put(cell, x: x, y: y)
            }
        }
        placeCursor(canvas.cursor)
        wnoutrefresh(window)
        doupdate()
        previous = canvas
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = palette.attributes(for: cell.style)
        wattr_set(window, style.attributes, style.pair, nil)
        let characters = CursesCellText.characters(for: cell, glyphs: glyphs)
        mvwaddnwstr(window, Int32(y), Int32(x), characters, Int32(characters.count - 1))
    }

    private func placeCursor(_ cursor: Point?) {
        if (cursor != nil) != cursorVisible {
            cursorVisible = cursor != nil
            curs_set(cursorVisible ? 1 : 0)
        }
        if let cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
    }

    // MARK: - Input

    public func nextEvent(timeout: Duration?) -> KeyEvent? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while true {
            if isendwin() {
                previous = nil
                return .resize
            }
            let (status, value) = pending ?? read(timeout: deadline.map { Self.milliseconds(until: $0, clock: clock) } ?? -1)
            pending = nil
            let event = status == OK && value == 27 ? readEscape() : CursesKeyDecoder.decode(status: status, value: value)
            if let event {
                if event == .resize {
                    previous = nil
                }
                return event
            }
            if let deadline, clock.now >= deadline {
                return nil
            }
        }
    }

    private func read(timeout milliseconds: Int32) -> (status: Int32, value: UInt32) {
        wtimeout(window, milliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        return (status, UInt32(value))
    }

    /// Esc, or the key of the control sequence curses left undecoded after it (`Esc [ 1 ~` when
    /// TERM's entry says Home is `Esc O H`); nil for a sequence of no use, dropped whole rather
    /// than replayed as keys. Curses has already waited for the characters that follow Esc.
    private func readEscape() -> KeyEvent? {
        let next = read(timeout: 0)
        guard next.status == OK, let first = Unicode.Scalar(next.value).map(Character.init), EscapeSequence.starts(first) else {
            if next.status != ERR { pending = next }
            return .escape
        }
        var sequence = [first]
        while !EscapeSequence.isComplete(sequence) {
            guard sequence.count < EscapeSequence.maxLength else { return nil }
            let more = read(timeout: escapeDelay)
            guard more.status == OK, let character = Unicode.Scalar(more.value).map(Character.init) else {
                if more.status == KEY_CODE_YES { pending = more }
                return nil
            }
            sequence.append(character)
        }
        return EscapeSequence.key(for: sequence)
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
        let (seconds, attoseconds) = clock.now.duration(to: deadline).components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds))
    }

    // MARK: - Handing over

    public func suspend(during body: () -> Void) {
        guard isActive else { return body() }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        previous = nil
    }

    // MARK: - Teardown

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        TerminalGuard.restore()
        if !isendwin() { endwin() }
        delscreen(screen)
    }
}
