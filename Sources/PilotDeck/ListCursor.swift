/// A selection in a list of `count` rows that never leaves the list.
public struct ListCursor: Sendable, Equatable {
    public var selection = 0
    public var count = 0 {
        didSet { clamp() }
    }

    public mutating func move(by delta: Int) {
        selection += delta
        clamp()
    }

    public mutating func moveTo(_ index: Int) {
        selection = index
        clamp()
    }

    mutating func clamp() {
        selection = count == 0 ? 0 : min(max(selection, 0), count - 1)
    }
}
