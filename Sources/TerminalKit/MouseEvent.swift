/// A mouse press or wheel step at a cell.
public struct MouseEvent: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case leftClick, middleClick, rightClick, wheelUp, wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }

    public var position: Point { Point(x: x, y: y) }

    public var description: String {
        let name = switch kind {
        case .leftClick: "Click"
        case .middleClick: "Middle-click"
        case .rightClick: "Right-click"
        case .wheelUp: "Wheel-up"
        case .wheelDown: "Wheel-down"
        }
        return "\(name) \(x),\(y)"
    }
}
