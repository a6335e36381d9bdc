import PilotKit

/// Roles as bits, in `Role.allCases` order.
struct RoleSet: OptionSet {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ role: Role) { rawValue = 1 << Role.allCases.firstIndex(of: role)! }

    /// The roles a stored person's JSON names; spellings no role has are ignored.
    init(_ names: [String]) {
        self = names.compactMap(Role.init(rawValue:)).reduce(into: RoleSet()) { $0.insert(RoleSet($1)) }
    }

    var words: String {
        let names = Role.allCases.filter { contains(RoleSet($0)) }.map(\.rawValue)
        return names.isEmpty ? "no role" : names.joined(separator: ", ")
    }
}
