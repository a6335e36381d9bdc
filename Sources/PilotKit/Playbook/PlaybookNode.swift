import Foundation
import Yams

/// A YAML node together with its file and field path, so every refusal can say where to look:
/// typed readers that fail with a `PlaybookError` at the node's line.
struct PlaybookNode {
    let node: Node
    /// Field path from the root, e.g. `stages[3].cohort_cap`.
    let path: String
    let file: String

    /// Composes the file's single YAML document, turning syntax errors into located refusals.
    static func root(yaml: String, file: String) throws -> PlaybookNode {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, yaml: yaml, file: file)
        }
        guard let composed else {
            throw PlaybookError(file: file, line: 1, field: "", message: "the file is empty; start it with 'key: <file name>'")
        }
        return PlaybookNode(node: composed, path: "", file: file)
    }

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> PlaybookError {
        PlaybookError(file: file, line: line, field: path, message: message)
    }

    // MARK: - Scalars

    /// Trimmed text; an empty value or YAML null reads as "".
    func text(max: Int, multiline: Bool = false) throws -> String {
        guard let scalar = node.scalar else { throw error("expected text, found \(found)") }
        let value = node.null != nil ? "" : scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        try located { try Text.check(value, field: path, max: max, multiline: multiline) }
        return value
    }

    /// Text that must not be empty.
    func requiredText(max: Int, multiline: Bool = false) throws -> String {
        let value = try text(max: max, multiline: multiline)
        if value.isEmpty { throw error("must not be empty") }
        return value
    }

    func wholeNumber(in range: ClosedRange<Int>) throws -> Int {
        let raw = try text(max: 40)
        guard let value = Int(raw) else { throw error("'\(Text.sanitized(raw))' is not a whole number") }
        if !range.contains(value) {
            throw error("\(value) is out of range; give \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A lowercase-dashed identifier such as a playbook or metric key.
    func identifier() throws -> String {
        let value = try text(max: 40)
        let ok = value.first?.isLetter == true
            && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !ok {
            throw error("'\(Text.sanitized(value))' must be lowercase letters, digits and '-', starting with a letter (e.g. doc-time)")
        }
        return value
    }

    func label<L: Labeled>(_: L.Type) throws -> L {
        try parse(L.parse)
    }

    /// Reads text and hands it to a parser that reports `FieldError`s, such as `MetricTarget(parsing:field:)`.
    func parse<T>(_ make: (String, String) throws -> T) throws -> T {
        let raw = try text(max: 200)
        return try located { try make(raw, path) }
    }

    // MARK: - Collections

    /// The elements of a list, each addressed as `path[i]`.
    func items() throws -> [PlaybookNode] {
        guard let sequence = node.sequence else {
            throw error("expected a list (lines starting with '- ', or [a, b]), found \(found)")
        }
        return sequence.enumerated().map { PlaybookNode(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// A list read element by element; a value listed twice is refused, since it is a slip, not a wish.
    func list<T: Hashable>(atLeastOne hint: String? = nil, _ read: (PlaybookNode) throws -> T) throws -> [T] {
        let elements = try items()
        if let hint, elements.isEmpty { throw error("is empty; \(hint)") }
        var values: [T] = []
        for element in elements {
            let value = try read(element)
            if values.contains(value) {
                throw element.error(element.node.scalar.map { "'\(Text.sanitized($0.string))' is listed twice; remove one" }
                    ?? "repeats an earlier entry; remove one")
            }
            values.append(value)
        }
        return values
    }

    /// The pairs of a mapping whose keys are data (such as domain keys), addressed as `path.key`.
    func entries(hint: String) throws -> [PlaybookEntry] {
        guard let mapping = node.mapping else { throw error("expected \(hint), found \(found)") }
        return try mapping.map { key, value in
            guard let name = key.scalar?.string else {
                throw PlaybookError(file: file, line: key.mark?.line, field: path, message: "a name before ':' must be plain text")
            }
            let field = Text.sanitized(name)
            let child = PlaybookNode(node: value, path: path.isEmpty ? field : "\(path).\(field)", file: file)
            return PlaybookEntry(key: name, keyLine: key.mark?.line, value: child)
        }
    }

    /// The fields of a mapping, refusing names not in `known` so that a typo is not silently ignored.
    func fields(_ known: [String]) throws -> PlaybookFields {
        var values: [String: PlaybookNode] = [:]
        for entry in try entries(hint: "fields (name: value)") {
            guard known.contains(entry.key) else {
                let fix = Spelling.fix(for: entry.key, among: known, otherwise: "use \(known.joined(separator: ", "))")
                throw entry.error("unknown field; \(fix)")
            }
            values[entry.key] = entry.value
        }
        return PlaybookFields(owner: self, values: values)
    }

    // MARK: - Helpers

    /// Re-raises a `FieldError` from a shared check at this node's line.
    func located<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let fieldError as FieldError {
            throw PlaybookError(file: file, line: line, field: fieldError.field, message: fieldError.message)
        }
    }

    /// Names what the node holds, for "expected …, found …".
    private var found: String {
        switch node {
        case .scalar(let scalar): node.null != nil ? "nothing" : "'\(Text.sanitized(scalar.string))'"
        case .mapping: "fields (name: value)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private static func syntaxError(_ error: YamlError, yaml: String, file: String) -> PlaybookError {
        func refusal(_ line: Int?, _ message: String) -> PlaybookError {
            PlaybookError(file: file, line: line, field: "", message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) from line \($0.mark.line))" } ?? ""
            let fix = context?.text.contains("block scalar") == true
                ? "a value starting with '>' or '|' must be quoted, e.g. target: \">= 68\""
                : "check the indentation and quoting"
            return refusal(mark.line, "not valid YAML: \(problem)\(during); \(fix)")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { yaml.utf8.prefix($0).count { $0 == UInt8(ascii: "\n") } + 1 }
            return refusal(line, "not readable text: \(problem); save the file as UTF-8 without control characters")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return refusal(context.mark.line, "\(names) appears twice in the same block; keep one")
        default:
            return refusal(nil, "not valid YAML: \(error)")
        }
    }
}
