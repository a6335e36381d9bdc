import Crypto
import Foundation
import GRDB

/// One link of the tamper-evident audit chain: who changed what, when, before and after.
public struct AuditEntry: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit"
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { ColumnNames.decoding }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// The hash the first entry chains from.
    public static let genesisHash = String(repeating: "0", count: 64)

    public var seq: Int64
    public var at: Date
    public var osLogin: String
    public var personLogin: String
    public var entity: String
    public var entityID: String
    public var pilotID: Int64?
    /// insert, update or delete.
    public var action: String
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    /// SHA-256 over the previous hash and every field, each length-prefixed so that no two
    /// different entries can serialise to the same bytes.
    public func computedHash() -> String {
        var bytes = Data()
        let fields: [String] = [
            prevHash, String(seq), String(Int64((at.timeIntervalSince1970 * 1000).rounded())), osLogin,
            personLogin, entity, entityID, pilotID.map(String.init) ?? "", action, before ?? "\u{0}",
            after ?? "\u{0}",
        ]
        for field in fields {
            let utf8 = Data(field.utf8)
            bytes.append(contentsOf: "\(utf8.count):".utf8)
            bytes.append(utf8)
        }
        return Hex.encode(SHA256.hash(data: bytes))
    }
}
