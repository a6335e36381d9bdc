/// A document being built by `AuditJSONEncoder`. Containers are references so that a container
/// handed to `Codable` code fills the document in place; objects keep one value per key (a later
/// encode replaces an earlier one) and are written with their keys sorted by UTF-8 bytes.
enum AuditJSONValue {
    case null
    case bool(Bool)
    /// Already spelled as `AuditJSONWriter` spells numbers.
    case number(String)
    case string(String)
    case object(Members)
    case array(Elements)
    /// A nested encoder's value, read when written: what it holds once its caller is done.
    case encoder(AuditJSONEncoder)

    final class Members {
        var values: [String: AuditJSONValue] = [:]
    }

    final class Elements {
        var values: [AuditJSONValue] = []
    }

    func write(to json: AuditJSONWriter) {
        switch self {
        case .null: json.null()
        case .bool(let value): json.bool(value)
        case .number(let text): json.number(text)
        case .string(let value): json.string(value)
        case .object(let members):
            json.beginObject()
            for (key, value) in members.values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.key(key)
                value.write(to: json)
            }
            json.endObject()
        case .array(let elements):
            json.beginArray()
            for value in elements.values { value.write(to: json) }
            json.endArray()
        case .encoder(let encoder):
            encoder.result.write(to: json)
        }
    }
}
