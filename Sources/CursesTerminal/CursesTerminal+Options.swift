extension CursesTerminal {
    /// Start-up choices.
    public struct Options: Hashable, Sendable {
        /// Use colours when the terminal has them (false for NO_COLOR: attributes only).
        public var colors: Bool
        /// Report clicks and the wheel (false leaves the terminal's own text selection alone).
        public var mouse: Bool
        /// How long after Esc to wait for the rest of an escape sequence, in milliseconds.
        public var escapeDelay: Int

        public init(colors: Bool = true, mouse: Bool = true, escapeDelay: Int = 25) {
            self.colors = colors
            self.mouse = mouse
            self.escapeDelay = escapeDelay
        }
    }
}
