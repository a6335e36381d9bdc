import Foundation
import GRDB
import PilotKit

/// Organization settings kept in the `setting` table, and the seal of a file moved elsewhere.
public enum Settings {
    static let organizationDomainsKey = "organization-domains"
    static let demoKey = "demo"
    /// Where a file was moved by `pilotdeck migrate`: once set, the file refuses every write.
    static let movedToKey = "moved-to"

    static func isDemo(_ db: any StoreSession) throws -> Bool {
        try db.record(SettingRow.self, key: [demoKey])?.value == "true"
    }

    /// The database a sealed file was moved to; nil for a file still in use.
    static func movedTo(_ db: any StoreSession) throws -> String? {
        try db.record(SettingRow.self, key: [movedToKey])?.value
    }

    /// The statement `accountPolicy` runs, to send it ahead.
    static var accountPolicyStatement: SQLStatement { .record(SettingRow.self, key: [organizationDomainsKey]) }

    static func accountPolicy(_ db: any StoreSession) throws -> AccountPolicy {
        let value = try db.all(SettingRow.self, accountPolicyStatement).first?.value ?? ""
        return try AccountPolicy(organizationDomains: value.split(separator: ",").map(String.init))
    }
}
