/// Names a `FormField`. Not a string literal, so a form and the code that reads it share declared
/// constants (`extension FieldID { static let name = FieldID("name") }`) and a misspelt id fails
/// to compile instead of reading an empty value.
public struct FieldID: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }
}
