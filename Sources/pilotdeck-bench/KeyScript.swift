import TerminalKit

/// The scripted navigation of the keystroke benchmark: a lap across the portfolio (moving,
/// paging, sorting, the board), into a pilot and through every tab, filtering the portfolio,
/// and through the audit log with a filter, repeated until `count` keys.
enum KeyScript {
    static func keys(count: Int) -> [KeyEvent] {
        var keys: [KeyEvent] = []
        while keys.count < count { keys += lap }
        return Array(keys.prefix(count))
    }

    static let lap: [KeyEvent] = {
        var lap: [KeyEvent] = []
        lap += repeated(.char("j"), 30) + repeated(.pageDown, 5) + [.char("G"), .char("g"), .ctrl("d"), .ctrl("u")]
        lap += [.char("s"), .char("s"), .char("s"), .char("s")]
        lap += [.char("b"), .char("l"), .char("l"), .char("j"), .char("h"), .char("b")]
        lap += repeated(.char("j"), 7) + [.enter]
        for _ in 0..<8 { lap += [.tab] + repeated(.char("j"), 4) + [.pageDown, .char("g")] }
        lap += [.backTab, .backTab, .escape]
        lap += [.char("/")] + "amb".map { KeyEvent.char($0) } + [.enter, .char("n"), .char("n"), .char("N"), .enter]
        lap += repeated(.char("j"), 3) + [.escape, .escape]
        lap += [.char("/"), .char("z"), .backspace, .escape]
        lap += [.char("5")] + repeated(.char("j"), 20) + repeated(.pageDown, 5) + [.char("G"), .char("g")]
        lap += [.char("/")] + "feedback".map { KeyEvent.char($0) } + [.enter] + repeated(.char("j"), 5) + [.escape]
        lap += [.char("1")]
        return lap
    }()

    private static func repeated(_ key: KeyEvent, _ times: Int) -> [KeyEvent] { Array(repeating: key, count: times) }
}
