import Foundation

/// Validates JSON against the subset of JSON Schema 2020-12 the shipped schema uses: `type`,
/// `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`, `oneOf`, `$ref`
/// to `#/$defs/...`, `minimum`, `maximum`, `minItems`, `maxItems` and `pattern`. Any other keyword
/// is reported, so the schema cannot quietly outgrow what the tests check.
struct SchemaValidator {
    static let annotations: Set<String> = ["$schema", "$id", "$defs", "$comment", "title", "description", "format"]
    static let keywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "oneOf", "$ref", "minimum",
        "maximum", "minItems", "maxItems", "pattern",
    ]

    let root: JSONValue

    /// Every violation as "path: problem"; empty when `instance` is valid against `schema`.
    func errors(_ instance: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let rules) = schema else { return ["\(path): schema is not an object"] }
        var errors: [String] = []
        for (keyword, rule) in rules.sorted(by: { $0.key < $1.key }) where !Self.annotations.contains(keyword) {
            guard Self.keywords.contains(keyword) else {
                errors.append("\(path): unsupported schema keyword \(keyword)")
                continue
            }
            errors += check(keyword, rule, instance, path: path, rules: rules)
        }
        return errors
    }

    private func check(_ keyword: String, _ rule: JSONValue, _ instance: JSONValue, path: String, rules: [String: JSONValue]) -> [String] {
        switch (keyword, rule, instance) {
        case ("$ref", .string(let reference), _):
            guard reference.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(reference.dropFirst(8))] else {
                return ["\(path): unresolvable $ref \(reference)"]
            }
            return errors(instance, against: target, at: path)
        case ("type", .string(let type), _):
            return Self.matches(instance, type: type) ? [] : ["\(path): expected \(type), found \(Self.describe(instance))"]
        case ("required", .array(let names), .object(let members)):
            return names.compactMap { name in
                guard case .string(let name) = name else { return "\(path): required lists a non-string" }
                return members[name] == nil ? "\(path): missing required \(name)" : nil
            }
        case ("properties", .object(let properties), .object(let members)):
            return properties.sorted { $0.key < $1.key }.flatMap { name, schema in
                members[name].map { errors($0, against: schema, at: "\(path).\(name)") } ?? []
            }
        case ("additionalProperties", _, .object(let members)):
            var known: Set<String> = []
            if case .object(let properties) = rules["properties"] { known = Set(properties.keys) }
            return members.keys.sorted().filter { !known.contains($0) }.flatMap { name -> [String] in
                if case .bool(false) = rule { return ["\(path): unexpected property \(name)"] }
                return errors(members[name]!, against: rule, at: "\(path).\(name)")
            }
        case ("items", _, .array(let elements)):
            return elements.enumerated().flatMap { errors($0.element, against: rule, at: "\(path)[\($0.offset)]") }
        case ("enum", .array(let allowed), _):
            return allowed.contains(instance) ? [] : ["\(path): \(Self.describe(instance)) is not one of the allowed values"]
        case ("const", _, _):
            return rule == instance ? [] : ["\(path): \(Self.describe(instance)) is not the constant \(Self.describe(rule))"]
        case ("oneOf", .array(let options), _):
            let passing = options.filter { errors(instance, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of the oneOf schemas, not exactly 1"]
        case ("minimum", .number(let limit), .number(let value)):
            return value >= limit ? [] : ["\(path): \(value) is below \(limit)"]
        case ("maximum", .number(let limit), .number(let value)):
            return value <= limit ? [] : ["\(path): \(value) is above \(limit)"]
        case ("minItems", .number(let limit), .array(let elements)):
            return Double(elements.count) >= limit ? [] : ["\(path): \(elements.count) items, fewer than \(Int(limit))"]
        case ("maxItems", .number(let limit), .array(let elements)):
            return Double(elements.count) <= limit ? [] : ["\(path): \(elements.count) items, more than \(Int(limit))"]
        case ("pattern", .string(let pattern), .string(let value)):
            return value.range(of: pattern, options: .regularExpression) != nil ? [] : ["\(path): \(value) does not match \(pattern)"]
        default:
            return []
        }
    }

    static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let value)): value == value.rounded()
        default: false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "boolean \(flag)"
        case .number(let number): "number \(number)"
        case .string(let text): "string \"\(text.prefix(40))\""
        case .array: "array"
        case .object: "object"
        }
    }
}
