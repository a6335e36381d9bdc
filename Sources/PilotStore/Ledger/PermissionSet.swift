import PilotKit

/// Permissions as bits, in `Permission.allCases` order.
struct PermissionSet: OptionSet {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ permission: Permission) { rawValue = 1 << Permission.allCases.firstIndex(of: permission)! }

    static let overrideGate = PermissionSet(Permission.overrideGate)
}
