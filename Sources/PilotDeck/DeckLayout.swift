import TerminalKit

/// Where the parts of the screen go at a given size: a title line, tabs (pilot screen), the body
/// and the status bar.
struct DeckLayout {
    let size: Size
    var header: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    var tabs: Rect { Rect(x: 0, y: 1, width: size.width, height: 1) }
    var status: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    /// The filter line sits above the status bar while a filter is typed or set.
    var filter: Rect { Rect(x: 0, y: size.height - 2, width: size.width, height: 1) }
    /// Where overlays (help, forms, readers) float: everything between the title and status lines.
    var overlay: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

    /// The body of the screen `state` shows: tabs on the pilot screen, a filter line while one is
    /// typed or set.
    static func body(of state: AppState) -> Rect {
        let hasTabs = { if case .pilot = state.route { return true } else { return false } }()
        return DeckLayout(size: state.size).body(hasTabs: hasTabs, hasFilter: state.filterEditor != nil || !state.filterText.isEmpty)
    }

    func body(hasTabs: Bool, hasFilter: Bool) -> Rect {
        let top = hasTabs ? 2 : 1
        let bottom = hasFilter ? 2 : 1
        return Rect(x: 0, y: top, width: size.width, height: max(0, size.height - top - bottom))
    }
}
