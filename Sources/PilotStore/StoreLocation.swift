import Foundation

/// Where a Pilotdeck database is, as `--db` or `$PILOTDECK_DB` names it: a PostgreSQL server for
/// a `postgresql://` or `postgres://` URL, a file for anything else.
public enum StoreLocation: Equatable, Sendable {
    case file(String)
    case postgres(PostgresLocation)

    /// Reads `value`; `field` names where it came from in errors (`--db`, `$PILOTDECK_DB`).
    /// `environment` is the process's, given so that reading stays a pure function.
    public init(_ value: String, field: String = "--db", environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if PostgresLocation.schemes.contains(where: value.hasPrefix) {
            self = .postgres(try PostgresLocation(url: value, field: field, environment: environment))
            return
        }
        if let scheme = Self.scheme(of: value) {
            if PostgresLocation.schemes.contains(scheme.lowercased() + "://") {
                throw StoreError.refused("\(field) starts with \(scheme)://; write the scheme in lowercase, postgresql://")
            }
            throw StoreError.refused(
                "\(field) is a \(scheme):// URL; give a database file's path or a postgresql:// URL")
        }
        self = .file(value)
    }

    /// The scheme of a value spelt `scheme://…` (RFC 3986 letters), which no file path Pilotdeck
    /// writes starts with; nil for anything else.
    static func scheme(of value: String) -> String? {
        guard let range = value.range(of: "://") else { return nil }
        let scheme = value[..<range.lowerBound]
        let letters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        guard let first = scheme.first, letters.contains(first) else { return nil }
        return scheme.allSatisfy { letters.contains($0) || $0.isASCII && $0.isNumber || "+.-".contains($0) } ? String(scheme) : nil
    }
}
