/// A refusal that carries its way out apart from its reason, so no surface shows another's
/// instructions (a dashboard user told to "pass --override").
public protocol Remedied: Error, CustomStringConvertible {
    /// Why the step was refused, without the way out.
    var reason: String { get }
    /// The way out, if there is one.
    var remedy: Remedy? { get }
}

extension Remedied {
    /// The reason and the way out in neutral words: for logs and tests, not for a surface.
    public var description: String { worded(\.neutralWording) }

    /// The reason with the way out in a surface's own words.
    public func worded(_ wording: (Remedy) -> String) -> String {
        remedy.map { "\(reason); \(wording($0))" } ?? reason
    }
}
