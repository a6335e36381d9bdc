import Foundation
import GRDB
import PilotKit

/// Organization settings kept in the `setting` table.
public enum Settings {
    static let organizationDomainsKey = "organization-domains"
    static let demoKey = "demo"

    static func isDemo(_ db: any StoreSession) throws -> Bool {
        try db.record(SettingRow.self, key: [demoKey])?.value == "true"
    }

    static func accountPolicy(_ db: any StoreSession) throws -> AccountPolicy {
        let value = try db.record(SettingRow.self, key: [organizationDomainsKey])?.value ?? ""
        return try AccountPolicy(organizationDomains: value.split(separator: ",").map(String.init))
    }
}
