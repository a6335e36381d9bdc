import Foundation

/// The known fields of one YAML mapping, looked up by name.
struct PlaybookFields {
    /// The mapping itself; a missing field is reported at its first line.
    let owner: PlaybookNode
    let values: [String: PlaybookNode]

    func required(_ name: String) throws -> PlaybookNode {
        guard let value = values[name] else {
            let path = owner.path.isEmpty ? name : "\(owner.path).\(name)"
            throw PlaybookError(file: owner.file, line: owner.line, field: path, message: "missing; add a '\(name):' line here")
        }
        return value
    }

    /// A field left out or left empty (`domains:` with nothing after it).
    func optional(_ name: String) -> PlaybookNode? {
        values[name].flatMap { $0.node.null == nil ? $0 : nil }
    }
}
